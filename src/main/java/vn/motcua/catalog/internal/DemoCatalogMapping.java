package vn.motcua.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.motcua.catalog.AnnouncementDecision;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Coded;
import vn.motcua.catalog.DossierComponent;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedureResult;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.SubmissionMethod;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeUnit;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.organization.UnitLevel;

/**
 * Turns a record of the public sample catalog into the demo province's content. The sample has no
 * steps, methods, decisions or internal processes, so the usual one-stop ones are supplied and the
 * decision is labelled as a demo one; everything the sample states is kept as stated.
 */
final class DemoCatalogMapping {

    static final String DEMO_DECISION = "123/QĐ-UBND";
    static final LocalDate DEMO_DECISION_DATE = LocalDate.of(2025, 7, 1);
    private static final String DEMO_DECISION_LABEL = "Quyết định số 123/QĐ-UBND ngày 01/7/2025 của Chủ tịch UBND "
            + "tỉnh là quyết định công bố mẫu của bản demo, không phải văn bản thật.";
    private static final String NATIONAL_DECISION = "Quyết định công bố của Bộ, ngành";

    /** Laws by field, where the field names one law without doubt. */
    private static final Map<String, String> LAW_BY_FIELD = Map.ofEntries(
            Map.entry("Hộ tịch", "Luật Hộ tịch số 60/2014/QH13"),
            Map.entry("Chứng thực", "Nghị định số 23/2015/NĐ-CP về chứng thực"),
            Map.entry("Công chứng", "Luật Công chứng số 46/2024/QH15"),
            Map.entry("Đất đai", "Luật Đất đai số 31/2024/QH15"),
            Map.entry("Hoạt động xây dựng", "Luật Xây dựng số 50/2014/QH13"),
            Map.entry("Đăng ký, quản lý cư trú", "Luật Cư trú số 68/2020/QH14"),
            Map.entry("Lý lịch tư pháp", "Luật Lý lịch tư pháp số 28/2009/QH12"),
            Map.entry("Luật sư", "Luật Luật sư số 65/2006/QH11"),
            Map.entry("Kinh doanh bất động sản", "Luật Kinh doanh bất động sản số 29/2023/QH15"),
            Map.entry("Thành lập và hoạt động của doanh nghiệp", "Luật Doanh nghiệp số 59/2020/QH14"),
            Map.entry("Khám bệnh, chữa bệnh", "Luật Khám bệnh, chữa bệnh số 15/2023/QH15"));

    /** The usual one-stop sequence (Decree 118/2025), for records whose listing gave none. */
    private static final List<String> ONE_STOP_STEPS = List.of(
            "Tổ chức, cá nhân chuẩn bị hồ sơ và nộp trực tiếp tại Bộ phận Một cửa, trực tuyến trên Cổng Dịch vụ công "
                    + "hoặc qua dịch vụ bưu chính công ích",
            "Bộ phận Một cửa kiểm tra, tiếp nhận hồ sơ, cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
            "Cơ quan có thẩm quyền thẩm định, giải quyết hồ sơ",
            "Bộ phận Một cửa trả kết quả cho tổ chức, cá nhân");

    /** The listings' wording of the same-day rule: "… nhận sau 15 giờ …" or "… sau 3 giờ chiều …". */
    private static final Pattern SAME_DAY =
            Pattern.compile("sau (15 giờ|3 giờ chiều)", Pattern.CASE_INSENSITIVE);
    private static final String UNIT_MISSING_NOTE = "Nguồn không ghi đơn vị thời gian; hệ thống tạm tính theo ngày làm việc.";
    /**
     * How the listings word a component needed only in some cases: a bracket opening with "trường hợp",
     * "nếu", "khi", "đối với", "theo yêu cầu", "trừ" or "không cần", or "theo trường hợp". Migration
     * V252 applies the same expression to components published before the flag existed.
     */
    private static final Pattern CONDITIONAL = Pattern.compile(
            "\\((trường hợp|nếu|khi|đối với|theo yêu cầu|trừ|không cần)|theo trường hợp",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A note about the listing rather than the procedure ("Danh mục quốc gia ghi '1'…", "Mô tả ghi…",
     * "Trang nguồn ghi mã…"), in folded text: such notes are for administrators, never for citizens.
     */
    private static final Pattern DATA_NOTE = Pattern.compile(
            "danh muc|mo ta|trang nguon|trang tthc|trang chi tiet|dichvucong");

    /**
     * A fee the listing gives per page ("2.000 đồng/trang; …"): its amount is a rate, not what a dossier
     * owes, so the fee is kept without a fixed amount (nothing is charged at reception) and its note states
     * the rate; the dossier's fee is required once the pages are counted (certified copies).
     */
    private static final Pattern PER_PAGE = Pattern.compile("đồng\\s*/\\s*trang", Pattern.CASE_INSENSITIVE);

    private final List<Unit> units;

    DemoCatalogMapping(List<Unit> units) {
        this.units = units;
    }

    ProcedureContent map(SeedRecord r, String code) {
        ProcedureLevel level = Coded.parse(ProcedureLevel.class, r.level());
        List<String> dataNotes = new ArrayList<>();
        return new ProcedureContent(code, r.name(), r.field(), level, ONE_STOP_STEPS,
                List.of(SubmissionMethod.values()), components(r.components()),
                timeLimit(r.processingTime(), dataNotes), applicants(r.applicants()),
                competentUnits(level, r.agency()), r.agency(), fees(r.fees(), dataNotes),
                Coded.parse(OnlineLevel.class, r.onlineLevel()),
                new ProcedureResult(null, Boolean.TRUE.equals(r.resultRequiresPaper()), true), decision(r.field()),
                ProcessStep.defaultProcess(), source(r.source(), dataNotes));
    }

    /** The record's sources, then the notes it made about the listing: what administrators see, not citizens. */
    private static String source(String source, List<String> dataNotes) {
        return Stream.concat(Stream.ofNullable(source), dataNotes.stream())
                .collect(Collectors.joining("\n"));
    }

    /** The note when it speaks of the procedure; null, and kept in {@code dataNotes}, when it speaks of the listing. */
    private static String published(String label, String note, List<String> dataNotes) {
        if (note != null && DATA_NOTE.matcher(SearchText.fold(note)).find()) {
            dataNotes.add(label + ": " + note);
            return null;
        }
        return note;
    }

    /** Commune procedures: every commune. Province ones: the departments the agency text names, else the province. */
    List<String> competentUnits(ProcedureLevel level, String agency) {
        if (level == ProcedureLevel.COMMUNE) {
            return units.stream().filter(u -> u.level() == UnitLevel.COMMUNE && u.active()).map(Unit::identifier).toList();
        }
        String folded = SearchText.fold(agency);
        List<String> named = units.stream().filter(u -> u.kind() == UnitKind.DEPARTMENT)
                .filter(u -> folded.contains(SearchText.fold(shortName(u)))).map(Unit::identifier).toList();
        return named.isEmpty() ? units.stream().filter(u -> u.kind() == UnitKind.PEOPLES_COMMITTEE)
                .map(Unit::identifier).limit(1).toList() : named;
    }

    /**
     * "Sở Tư pháp tỉnh Điện Biên" → "Sở Tư pháp", "Công an tỉnh Điện Biên" → "Công an": how the national
     * listings name a department, without the province.
     */
    private static String shortName(Unit unit) {
        return unit.name().replaceFirst("\\s+tỉnh\\s.*$", "");
    }

    private static List<DossierComponent> components(List<String> names) {
        return names == null ? List.of() : names.stream()
                .map(n -> new DossierComponent(n, 1, 0, null, true, CONDITIONAL.matcher(n).find())).toList();
    }

    private static TimeLimit timeLimit(SeedRecord.Time time, List<String> dataNotes) {
        TimeUnit unit = Coded.parse(TimeUnit.class, time.unit());
        boolean sameDay = time.note() != null && SAME_DAY.matcher(time.note()).find();
        String note = published("Thời hạn", time.note(), dataNotes);
        if (unit == null) {
            dataNotes.add("Thời hạn: " + UNIT_MISSING_NOTE);
        }
        return new TimeLimit(time.value(), unit == null ? TimeUnit.WORKING_DAYS : unit, note, sameDay);
    }

    private static List<ApplicantType> applicants(String applicants) {
        return switch (applicants) {
            case "citizen" -> List.of(ApplicantType.CITIZEN);
            case "organization" -> List.of(ApplicantType.ORGANISATION);
            case "citizen_or_organization" -> List.of(ApplicantType.CITIZEN, ApplicantType.ORGANISATION);
            default -> List.of(ApplicantType.CITIZEN, ApplicantType.BUSINESS, ApplicantType.ORGANISATION);
        };
    }

    private static List<Fee> fees(List<SeedRecord.SeedFee> fees, List<String> dataNotes) {
        return fees == null ? null : fees.stream()
                .map(f -> new Fee(f.name(), perPage(f.note()) ? null : f.amountVnd(),
                        published(f.name(), f.note(), dataNotes))).toList();
    }

    private static boolean perPage(String note) {
        return note != null && PER_PAGE.matcher(note).find();
    }

    private static AnnouncementDecision decision(String field) {
        String basis = LAW_BY_FIELD.getOrDefault(field, NATIONAL_DECISION) + ". " + DEMO_DECISION_LABEL;
        return new AnnouncementDecision(DEMO_DECISION, DEMO_DECISION_DATE, DEMO_DECISION_DATE, basis);
    }
}
