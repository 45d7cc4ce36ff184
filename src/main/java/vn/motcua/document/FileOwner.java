package vn.motcua.document;

/**
 * Who uploaded a file (người tải lên): an officer, an applicant, or the anonymous portal draft the
 * upload was made for. Only the owner of an upload can attach it to a dossier, so a SHA-256 alone
 * never proves access to a file.
 *
 * @param key the owner as recorded, e.g. {@code officer:tiepnhan}
 */
public record FileOwner(String key) {

    public FileOwner {
        if (key == null || key.isBlank() || key.endsWith(":")) {
            throw new IllegalArgumentException("An upload needs an owner: " + key);
        }
    }

    /** An officer, by username. */
    public static FileOwner officer(String username) {
        return new FileOwner("officer:" + username);
    }

    /** An applicant acting on their dossier, by the ID number they act under. */
    public static FileOwner applicant(String idNumber) {
        return new FileOwner("applicant:" + idNumber);
    }

    /** The portal draft (hồ sơ nháp) an anonymous visitor uploads for, by draft id. */
    public static FileOwner draft(String draftId) {
        return new FileOwner("draft:" + draftId);
    }

    /** The system itself, for files it makes (e.g. {@code system:result} for stamped and sealed results). */
    public static FileOwner system(String maker) {
        return new FileOwner("system:" + maker);
    }
}
