package vn.motcua.index;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;

/**
 * Dữ kiện hồ sơ: what the index needs to know about one dossier, grouped by the module that
 * publishes it (dossier, catalog, document/result, payment, identity, integration, feedback), so
 * each listener keeps its part current. Local times are Asia/Ho_Chi_Minh.
 *
 * @param code dossier code (MaHoSo)
 * @param unit the processing unit (DonViXuLy), whose index it counts in
 * @param procedureCode national procedure code (MaTTHC)
 * @param channel how it arrived (KenhThucHien)
 * @param applicantType LoaiDoiTuong
 * @param status current status (TrangThaiHoSo)
 * @param timeline when it was received, due and finished; how it was delayed
 * @param procedure what its procedure offers and requires
 * @param digitisation its components and result in electronic form
 * @param payment its fees
 * @param applicantVerified the applicant was verified against the population database or logged
 *        in with VNeID (TaiKhoanDuocXacThucVoiVNeID)
 * @param syncedInTime every status change reached the national portal in time
 * @param complainedOrDissatisfied a complaint was filed about it or the applicant rated it dissatisfied
 */
public record DossierFacts(String code, String unit, String procedureCode, Channel channel, ApplicantType applicantType,
        DossierStatus status, Timeline timeline, ProcedureTraits procedure, Digitisation digitisation, Payment payment,
        boolean applicantVerified, boolean syncedInTime, boolean complainedOrDissatisfied) {

    public DossierFacts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(digitisation, "digitisation");
        Objects.requireNonNull(payment, "payment");
    }

    /**
     * The dossier's times (from the dossier module). Any moment is null until it happened.
     *
     * @param submittedAt NgayNopHoSo
     * @param receivedAt NgayTiepNhan: receipt issued, the clock started
     * @param appointment NgayHenTra, moved by supplement pauses; null for procedures without one
     * @param doneAt result ready (status 9)
     * @param returnedAt result delivered (status 10)
     * @param stoppedOrRefusedAt stopped (8) or refused (3)
     * @param supplementRequests supplement requests made
     * @param apologised an apology with a new date was issued (the dossier counts late)
     * @param workedTime working time spent, supplement waits excluded; used only without appointment
     * @param timeLimit the procedure's limit in working time; used only without appointment; null when it has none
     */
    public record Timeline(LocalDateTime submittedAt, LocalDateTime receivedAt, LocalDateTime appointment,
            LocalDateTime doneAt, LocalDateTime returnedAt, LocalDateTime stoppedOrRefusedAt, int supplementRequests,
            boolean apologised, Duration workedTime, Duration timeLimit) {

        public Timeline {
            if (supplementRequests < 0) {
                throw new IllegalArgumentException("Supplement requests cannot be negative: " + supplementRequests);
            }
            if (appointment == null && timeLimit != null) {
                Objects.requireNonNull(workedTime, "workedTime is needed to judge a dossier without appointment");
            }
            LocalDateTime finished = doneAt != null ? doneAt : returnedAt != null ? returnedAt : stoppedOrRefusedAt;
            if (receivedAt != null && finished != null && finished.isBefore(receivedAt)) {
                throw new IllegalArgumentException("Finished " + finished + " before it was received " + receivedAt);
            }
        }

        /** Kết thúc xử lý (DOMAIN §4): done; else returned; else stopped or refused. Null while open. */
        public LocalDateTime finishedAt() {
            if (doneAt != null) {
                return doneAt;
            }
            return returnedAt != null ? returnedAt : stoppedOrRefusedAt;
        }

        /** When a result came out: done, else returned. Null for an open, stopped or refused dossier. */
        public LocalDateTime resultAt() {
            return doneAt != null ? doneAt : returnedAt;
        }
    }

    /**
     * What the dossier's procedure version offers and requires (from the catalog).
     *
     * @param fullOnlineService the procedure offers a full online service (toàn trình)
     * @param paperResultRequired the law requires its result as a paper original
     * @param reusableComponent one of its components can be reused from digitised data
     */
    public record ProcedureTraits(boolean fullOnlineService, boolean paperResultRequired, boolean reusableComponent) {

        /**
         * The traits of a catalog version. The catalog does not say which components are documents
         * an applicant may already hold in electronic form, so every procedure that asks for a
         * component counts as having a reusable one (the portal's own reading: any component may be
         * replaced by a digitised document or result).
         */
        public static ProcedureTraits of(Procedure procedure) {
            ProcedureContent content = procedure.content();
            return new ProcedureTraits(content.onlineLevel() == OnlineLevel.FULL,
                    content.result() != null && content.result().paperOriginalRequired(),
                    !content.components().isEmpty());
        }
    }

    /**
     * The dossier's electronic documents (from the document and result modules).
     *
     * @param allComponentsDigitised every component has an electronic file (DuocSoHoa)
     * @param electronicResultIssued a signed, legally valid electronic result was issued
     * @param componentReused at least one component reused a digitised document or result (DuocTaiSuDung)
     * @param nationalDataStoreUsed a component was taken from (DuocLayTuKhoDMQG) or the result pushed to
     *        the national data store
     */
    public record Digitisation(boolean allComponentsDigitised, boolean electronicResultIssued, boolean componentReused,
            boolean nationalDataStoreUsed) {
    }

    /**
     * The dossier's fees (from the payment module).
     *
     * @param feesDueVnd fees and charges due, VND; zero leaves the dossier out of 4.1
     * @param paidOnline paid through the national platform or the province's gateway (DuocThanhToanTrucTuyen)
     */
    public record Payment(long feesDueVnd, boolean paidOnline) {
    }
}
