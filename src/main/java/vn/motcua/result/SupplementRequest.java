package vn.motcua.result;

import java.util.List;

/**
 * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: everything missing or incorrect, listed at once; the
 * dossier's clock is paused from {@link DocumentHeader#issuedAt()} until the applicant replies.
 *
 * @param header the shared part
 * @param items what the applicant must supply or correct
 */
public record SupplementRequest(DocumentHeader header, List<Item> items) implements ApplicantDocument {

    public SupplementRequest {
        items = List.copyOf(items);
    }

    /**
     * One thing to supply or correct.
     *
     * @param name the document or the content concerned
     * @param reason why it is missing or not acceptable
     */
    public record Item(String name, String reason) {
    }
}
