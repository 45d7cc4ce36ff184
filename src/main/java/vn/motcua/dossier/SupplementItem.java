package vn.motcua.dossier;

/**
 * One thing the applicant must add or correct (nội dung yêu cầu bổ sung): a component the dossier
 * already lists (a blurred scan, a missing signature), or a document it lacks, named by the officer.
 * The applicant's answer fills that component rather than adding another one; a new document becomes
 * a new component. Items stored before components were named read as new documents.
 *
 * @param component the position (from 1) of the dossier's component concerned; null for a new document
 * @param name the component's name as the dossier lists it, or the new document's
 * @param reason what is missing or wrong
 */
public record SupplementItem(Integer component, String name, String reason) {

    /** A document the dossier does not have yet, named by the officer. */
    public SupplementItem(String name, String reason) {
        this(null, name, reason);
    }

    /** Whether the answer fills a component the dossier already lists. */
    public boolean concernsComponent() {
        return component != null;
    }
}
