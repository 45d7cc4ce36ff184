package vn.motcua.dossier;

/** The documents the applicant receives about a dossier, each with the slug of its download URL. */
public enum DossierDocumentKind {
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    RECEIPT("receipt"),
    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (the latest request). */
    SUPPLEMENT_REQUEST("supplement-request"),
    /** Phiếu từ chối tiếp nhận, giải quyết hồ sơ. */
    REFUSAL("refusal"),
    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
    APOLOGY("apology"),
    /** Phiếu kiểm soát quá trình giải quyết hồ sơ. */
    TRACKING_SHEET("tracking-sheet");

    private final String slug;

    DossierDocumentKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static DossierDocumentKind ofSlug(String slug) {
        for (DossierDocumentKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        throw new vn.motcua.platform.NotFoundException("dossier.document.unknown", slug);
    }

    /** The documents this dossier has so far. */
    public static java.util.List<DossierDocumentKind> available(DossierView dossier) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.existsFor(dossier)).toList();
    }

    /** Whether the dossier has reached the point where this document exists. */
    public boolean existsFor(DossierView dossier) {
        return switch (this) {
            case RECEIPT -> dossier.receivedAt() != null;
            case SUPPLEMENT_REQUEST -> !dossier.supplements().isEmpty();
            case REFUSAL -> dossier.status() == DossierStatus.REFUSED;
            case APOLOGY -> dossier.apology() != null;
            case TRACKING_SHEET -> true;
        };
    }
}
