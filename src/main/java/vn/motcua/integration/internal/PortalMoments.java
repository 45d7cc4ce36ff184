package vn.motcua.integration.internal;

import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.dossier.DossierStatus;

/**
 * The moments a portal dossier carries (local time, Asia/Ho_Chi_Minh), each null when absent.
 *
 * @param submitted NgayNopHoSo
 * @param received NgayTiepNhan
 * @param appointment NgayHenTra, as printed on the receipt
 * @param processingEnded NgayKetThucXuLy
 * @param returned NgayTra
 * @param refused NgayTuChoi
 */
record PortalMoments(LocalDateTime submitted, LocalDateTime received, LocalDateTime appointment,
        LocalDateTime processingEnded, LocalDateTime returned, LocalDateTime refused) {

    static PortalMoments read(PortalFields fields) {
        return new PortalMoments(fields.date("NgayNopHoSo"), fields.date("NgayTiepNhan"), fields.date("NgayHenTra"),
                fields.date("NgayKetThucXuLy"), fields.date("NgayTra"), fields.date("NgayTuChoi"));
    }

    /**
     * What the status requires of the moments: a receipt once past reception (a dossier refused at
     * reception may have none), and the moment it finished once finished — without it a finished
     * dossier would count as open, and late, for ever.
     */
    void check(DossierStatus status, List<LineProblem> problems) {
        int code = status.code();
        if (received == null && code >= 2 && status != DossierStatus.REFUSED) {
            problems.add(LineProblem.of("integration.received.required", code));
        }
        if (status == DossierStatus.DONE && processingEnded == null) {
            problems.add(LineProblem.of("integration.finished.required", code, "NgayKetThucXuLy"));
        }
        if (status == DossierStatus.RETURNED && returned == null) {
            problems.add(LineProblem.of("integration.finished.required", code, "NgayTra"));
        }
        if ((status == DossierStatus.REFUSED || status == DossierStatus.STOPPED) && refused == null
                && processingEnded == null) {
            problems.add(LineProblem.of("integration.finished.required", code, "NgayTuChoi / NgayKetThucXuLy"));
        }
        notBeforeReceipt("NgayHenTra", appointment, problems);
        notBeforeReceipt("NgayKetThucXuLy", processingEnded, problems);
        notBeforeReceipt("NgayTra", returned, problems);
        notBeforeReceipt("NgayTuChoi", refused, problems);
    }

    /** Working time is counted from the receipt on: a moment before it is a mistake in the data. */
    private void notBeforeReceipt(String field, LocalDateTime moment, List<LineProblem> problems) {
        if (received != null && moment != null && moment.isBefore(received)) {
            problems.add(LineProblem.of("integration.date.beforeReceipt", field, PortalDates.format(moment),
                    PortalDates.format(received)));
        }
    }
}
