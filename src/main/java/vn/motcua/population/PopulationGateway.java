package vn.motcua.population;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * Cơ sở dữ liệu quốc gia về dân cư, reached through the province's data-sharing gateway (nền tảng chia sẻ,
 * tích hợp dữ liệu, LGSP): {@code POST {url}/lookup} takes a {@link Request} and answers an {@link Answer}
 * (INTEGRATION.md). Unset, the application's own simulator ({@link PopulationGatewaySimulator}).
 */
public interface PopulationGateway {

    /**
     * The citizen with this ID number, name and year of birth.
     *
     * @return the answer: {@link Answer#found()} with the record, or not found
     * @throws GatewayUnavailableException when the gateway did not answer in time, or answered an error
     */
    Answer lookUp(Request request);

    /**
     * A look-up as the gateway takes it.
     *
     * @param fullName HoVaTen: upper case, no diacritics; null to match on the ID number and year alone
     * @param idNumber SoDinhDanh: the 12-digit personal ID number
     * @param birthYear Nam: the year of birth
     * @param integrationCode the province's integration code (mã tích hợp)
     * @param serviceCode the service the gateway grants the province (mã dịch vụ)
     * @param officerCode who asks (mã cán bộ): an officer's username, or the applicant's account
     * @param requestId unique per look-up, also in the province's log
     */
    record Request(@JsonProperty("HoVaTen") String fullName, @JsonProperty("SoDinhDanh") String idNumber,
            @JsonProperty("Nam") Integer birthYear, @JsonProperty("MaTichHop") String integrationCode,
            @JsonProperty("MaDichVu") String serviceCode, @JsonProperty("MaCanBo") String officerCode,
            @JsonProperty("MaYeuCau") String requestId) {
    }

    /**
     * The gateway's answer: {@code MaLoi} "0" with the citizen, "1" when no citizen matches all that was asked.
     */
    record Answer(@JsonProperty("MaLoi") String errorCode, @JsonProperty("MoTa") String description,
            @JsonProperty("CongDan") Citizen citizen) {

        public static final String FOUND = "0";
        public static final String NOT_FOUND = "1";

        public boolean found() {
            return FOUND.equals(errorCode) && citizen != null;
        }
    }

    /**
     * A citizen's record (công dân).
     *
     * @param permanentResidence ThuongTru (nơi thường trú)
     * @param currentResidence NoiOHienTai (nơi ở hiện tại)
     * @param homeTown QueQuan (quê quán)
     */
    record Citizen(@JsonProperty("SoDinhDanh") String idNumber, @JsonProperty("HoVaTen") String fullName,
            @JsonProperty("NgaySinh") LocalDate birthDate, @JsonProperty("GioiTinh") String sex,
            @JsonProperty("ThuongTru") Place permanentResidence, @JsonProperty("NoiOHienTai") Place currentResidence,
            @JsonProperty("QueQuan") Place homeTown) {
    }

    /** A place: province code, commune code and address text (mã tỉnh, mã xã, chi tiết). */
    record Place(@JsonProperty("MaTinh") String provinceCode, @JsonProperty("MaXa") String communeCode,
            @JsonProperty("DiaChi") String address) {
    }

    /** The gateway did not answer as expected (down, too slow, an error). */
    class GatewayUnavailableException extends RuntimeException {

        public GatewayUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
