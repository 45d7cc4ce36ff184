package vn.motcua.integration.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.AnnouncementDecision;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.DossierComponent;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedureResult;
import vn.motcua.catalog.SubmissionMethod;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeUnit;
import vn.motcua.catalog.VersionStatus;
import vn.motcua.catalog.VersionSummary;

/**
 * A small province for the mapper's tests: one known unit and three procedures, on the standard
 * working calendar (Mon–Fri, 07:00–11:30 and 13:30–17:00).
 *
 * <ul>
 * <li>{@code 1.000001}: version 1 (2018–2020) partly online, 5 working days, result on paper not
 *     required; version 2 (from 2020) fully online, 3 working days, paper result required.
 * <li>{@code 2.000002}: 10 calendar days, no components.
 * <li>{@code 3.000003}: a same-day procedure.
 * </ul>
 */
final class HistorySamples {

    static final String UNIT = "000.00.02.H18";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final WorkingCalendar CALENDAR = WorkingCalendar.standard();
    static final LocalDateTime IMPORTED_AT = LocalDateTime.parse("2024-06-03T09:00");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Long, Procedure> VERSIONS = Map.of(
            11L, procedure(11, 1, "1.000001", OnlineLevel.PARTIAL, new TimeLimit(5, TimeUnit.WORKING_DAYS, null, false),
                    false, true, "2018-01-01", "2020-01-01"),
            12L, procedure(12, 2, "1.000001", OnlineLevel.FULL, new TimeLimit(3, TimeUnit.WORKING_DAYS, null, false),
                    true, true, "2020-01-01", null),
            21L, procedure(21, 1, "2.000002", OnlineLevel.PARTIAL, new TimeLimit(10, TimeUnit.DAYS, null, false),
                    false, false, "2018-01-01", null),
            31L, procedure(31, 1, "3.000003", OnlineLevel.PARTIAL, new TimeLimit(1, TimeUnit.WORKING_DAYS, null, true),
                    false, true, "2018-01-01", null));

    private HistorySamples() {
    }

    static References references() {
        return new References(Set.of(UNIT),
                code -> VERSIONS.values().stream().filter(p -> p.code().equals(code)).map(VersionSummary::of).toList(),
                VERSIONS::get, VIETNAM);
    }

    static DossierLineMapper mapper() {
        return new DossierLineMapper(references(), CALENDAR, IMPORTED_AT);
    }

    static Procedure version(long id) {
        return VERSIONS.get(id);
    }

    /**
     * A valid line: an online dossier of 1.000001, received Monday 11 March 2024 08:00, due Friday
     * 15 March 16:00, done Thursday 14 March 10:00, returned Friday 09:00.
     */
    static ObjectNode returnedDossier() {
        ObjectNode line = JSON.createObjectNode();
        line.put("MaHoSo", "H18-LS-0001");
        line.put("DonViXuLy", UNIT);
        line.put("MaTTHC", "1.000001");
        line.put("KenhThucHien", 2);
        line.put("LoaiDoiTuong", 1);
        line.put("TrangThaiHoSo", 10);
        line.put("NgayNopHoSo", "20240311070000");
        line.put("NgayTiepNhan", "20240311080000");
        line.put("NgayHenTra", "20240315160000");
        line.put("NgayKetThucXuLy", "20240314100000");
        line.put("NgayTra", "20240315090000");
        return line;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static MappedLine map(ObjectNode line) {
        byte[] bytes = bytes(line.toString());
        return mapper().map(bytes, bytes.length);
    }

    static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    private static Procedure procedure(long id, int version, String code, OnlineLevel online, TimeLimit limit,
            boolean paperResult, boolean withComponents, String from, String to) {
        List<DossierComponent> components = withComponents
                ? List.of(new DossierComponent("Tờ khai", 1, 0, null, false, false)) : List.of();
        ProcedureContent content = new ProcedureContent(code, "Thủ tục " + code, "Tư pháp", ProcedureLevel.PROVINCE,
                List.of("Nộp hồ sơ"), List.of(SubmissionMethod.COUNTER), components, limit,
                List.of(ApplicantType.CITIZEN), List.of(UNIT), "Sở Tư pháp", List.of(), online,
                new ProcedureResult("Giấy chứng nhận", paperResult, true),
                new AnnouncementDecision("1/QĐ-UBND", LocalDate.parse(from), LocalDate.parse(from), "Luật"),
                List.of(), "test");
        return new Procedure(id, version, to == null ? VersionStatus.IN_FORCE : VersionStatus.SUPERSEDED,
                code + ".H18", instant(from), to == null ? null : instant(to), null, content);
    }

    private static Instant instant(String date) {
        return LocalDate.parse(date).atStartOfDay(VIETNAM).toInstant();
    }
}
