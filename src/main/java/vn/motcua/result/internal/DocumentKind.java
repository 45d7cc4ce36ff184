package vn.motcua.result.internal;

import vn.motcua.result.ApplicantDocument;
import vn.motcua.result.Apology;
import vn.motcua.result.Receipt;
import vn.motcua.result.Refusal;
import vn.motcua.result.SupplementRequest;
import vn.motcua.result.TrackingSheet;

/** Each paper's template under {@code templates/pdf/} and the ending of its file name. */
public enum DocumentKind {
    RECEIPT("receipt", "giay-tiep-nhan"),
    SUPPLEMENT_REQUEST("supplement-request", "yeu-cau-bo-sung"),
    REFUSAL("refusal", "tu-choi"),
    APOLOGY("apology", "xin-loi"),
    TRACKING_SHEET("tracking-sheet", "phieu-kiem-soat");

    private final String template;
    private final String fileSuffix;

    DocumentKind(String template, String fileSuffix) {
        this.template = template;
        this.fileSuffix = fileSuffix;
    }

    public static DocumentKind of(ApplicantDocument document) {
        return switch (document) {
            case Receipt r -> RECEIPT;
            case SupplementRequest s -> SUPPLEMENT_REQUEST;
            case Refusal r -> REFUSAL;
            case Apology a -> APOLOGY;
            case TrackingSheet t -> TRACKING_SHEET;
        };
    }

    public String template() {
        return template;
    }

    /** The file name the applicant downloads: {@code {dossier code}-giay-tiep-nhan.pdf}. */
    public String fileName(String dossierCode) {
        return dossierCode + "-" + fileSuffix + ".pdf";
    }
}
