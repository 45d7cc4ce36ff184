package vn.motcua.datastore;

/**
 * An electronic copy certified from its original (bản sao điện tử chứng thực từ bản chính).
 *
 * @param number its number in the commune's register
 * @param pages the original's pages
 * @param feeVnd the fee, charged once for the paper and the electronic copy
 * @param copy the sealed copy in the owner's data store
 */
public record CertifiedCopy(String number, int pages, long feeVnd, StoredDocument copy) {
}
