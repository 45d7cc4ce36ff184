package vn.motcua.specialised;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The business registration system (Hệ thống thông tin quốc gia về đăng ký doanh nghiệp / hộ kinh doanh), one of
 * the ministries' specialised databases: {@code POST {url}/filings} takes a {@link Filing} and answers a
 * {@link Receipt} (the same dossier filed again answers the same reference); {@code GET {url}/filings/{reference}}
 * answers an {@link Answer}: still in progress, registered with the certificate, or refused. Unset, the
 * application's own simulator ({@link BusinessRegistrySimulator}).
 */
public interface BusinessRegistry extends SpecialisedSystem {

    /** Files a dossier; the registry keeps one filing per dossier code. */
    Receipt file(Filing filing);

    /** Where the filing stands. */
    Answer answer(String reference);

    /**
     * A household business registration as the registry takes it.
     *
     * @param dossierCode MaHoSo
     * @param procedureCode MaTTHC
     * @param ownerName ChuHoKinhDoanh: the applicant
     * @param ownerIdNumber SoDinhDanh: the applicant's ID number
     * @param address DiaChi: where the business is
     * @param summary TrichYeu: the dossier's summary (name and line of business as the applicant wrote them)
     */
    record Filing(@JsonProperty("MaHoSo") String dossierCode, @JsonProperty("MaTTHC") String procedureCode,
            @JsonProperty("ChuHoKinhDoanh") String ownerName, @JsonProperty("SoDinhDanh") String ownerIdNumber,
            @JsonProperty("DiaChi") String address, @JsonProperty("TrichYeu") String summary) {
    }

    /** MaLoi "0" and the registry's reference for the filing (MaHoSoDKKD). */
    record Receipt(@JsonProperty("MaLoi") String errorCode, @JsonProperty("MaHoSoDKKD") String reference) {
    }

    /**
     * TrangThai: {@value #IN_PROGRESS}, {@value #REGISTERED} (with the registration number and the certificate, a
     * PDF in base64) or {@value #REFUSED} (with the reason).
     */
    record Answer(@JsonProperty("TrangThai") String state, @JsonProperty("SoDangKy") String registrationNumber,
            @JsonProperty("GiayChungNhan") String certificateBase64, @JsonProperty("LyDo") String reason) {

        public static final String IN_PROGRESS = "DANG_XU_LY";
        public static final String REGISTERED = "DA_CAP";
        public static final String REFUSED = "TU_CHOI";
    }
}
