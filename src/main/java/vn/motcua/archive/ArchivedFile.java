package vn.motcua.archive;

/**
 * One file an archived dossier holds, as it was when archived.
 *
 * @param seq its order in the package, from 1
 * @param kind what it is to the dossier
 * @param name its name (the one it was uploaded or made with)
 * @param mediaType its type, detected from its bytes when stored
 * @param size bytes
 * @param sha256 the SHA-256 of its bytes, its address in the document store
 */
public record ArchivedFile(int seq, Kind kind, String name, String mediaType, long size, String sha256) {

    /** What a file is to the dossier. */
    public enum Kind {
        /** Thành phần hồ sơ: a file the applicant or reception handed in. */
        COMPONENT,
        /** Kết quả giải quyết: a result issued (signed or sealed PDF). */
        RESULT,
        /** A paper the applicant was given (receipt, supplement request, refusal, apology), as rendered. */
        PAPER,
        /** Phiếu kiểm soát quá trình giải quyết hồ sơ, as rendered when the dossier closed. */
        TRACKING_SHEET
    }

    /** The file's path in an export's ZIP: numbered, so two files of the same name never collide. */
    public String entryName() {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return "files/%03d-%s".formatted(seq, safe.isBlank() ? "file" : safe);
    }
}
