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
     * @param component the position of the dossier's component it concerns, as the receipt numbers it;
     *     null for a document the dossier does not have
     * @param name the document or the content concerned
     * @param reason why it is missing or not acceptable
     */
    public record Item(Integer component, String name, String reason) {

        /** A document the dossier does not have yet. */
        public Item(String name, String reason) {
            this(null, name, reason);
        }
    }
}
