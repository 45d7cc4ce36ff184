package vn.motcua.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.integration.internal.HistorySamples.at;
import static vn.motcua.integration.internal.HistorySamples.returnedDossier;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.index.DossierFacts;

/** The national portal's dossier fields, one rule per row: what each becomes, and why a line is refused. */
class DossierLineMapperTest {

    @Test
    void aValidLineBecomesTheDossiersFacts() {
        MappedLine mapped = HistorySamples.map(returnedDossier());

        assertThat(mapped.problems()).isEmpty();
        DossierFacts facts = mapped.facts();
        assertThat(facts.code()).isEqualTo("H18-LS-0001");
        assertThat(facts.unit()).isEqualTo(HistorySamples.UNIT);
        assertThat(facts.procedureCode()).isEqualTo("1.000001");
        assertThat(facts.channel()).isEqualTo(Channel.ONLINE);
        assertThat(facts.applicantType()).isEqualTo(ApplicantType.CITIZEN);
        assertThat(facts.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(facts.timeline()).isEqualTo(new DossierFacts.Timeline(at("2024-03-11T07:00"),
                at("2024-03-11T08:00"), at("2024-03-15T16:00"), at("2024-03-14T10:00"), at("2024-03-15T09:00"), null,
                0, false, null, null));
        assertThat(facts.procedure()).isEqualTo(new DossierFacts.ProcedureTraits(true, true, true));
        assertThat(facts.digitisation()).isEqualTo(new DossierFacts.Digitisation(false, false, false, false));
        assertThat(facts.payment()).isEqualTo(new DossierFacts.Payment(0, false));
        assertThat(facts.applicantVerified()).isFalse();
        assertThat(facts.syncedInTime()).isTrue();
        assertThat(facts.complainedOrDissatisfied()).isFalse();
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                row("KenhThucHien 1 is the counter", l -> l.put("KenhThucHien", 1), DossierFacts::channel, Channel.COUNTER),
                row("KenhThucHien \"2\" (a string) is online", l -> l.put("KenhThucHien", "2"), DossierFacts::channel,
                        Channel.ONLINE),
                row("KenhThucHien 3 is post", l -> l.put("KenhThucHien", 3), DossierFacts::channel, Channel.POST),
                row("LoaiDoiTuong 2 is a business", l -> l.put("LoaiDoiTuong", 2), DossierFacts::applicantType,
                        ApplicantType.BUSINESS),
                row("LoaiDoiTuong \"3\" is an agency", l -> l.put("LoaiDoiTuong", "3"), DossierFacts::applicantType,
                        ApplicantType.AGENCY),
                row("LoaiDoiTuong 4 is an organisation", l -> l.put("LoaiDoiTuong", 4), DossierFacts::applicantType,
                        ApplicantType.ORGANISATION),
                row("TrangThaiHoSo \"4\" is processing", l -> l.put("TrangThaiHoSo", "4"), DossierFacts::status,
                        DossierStatus.PROCESSING),
                row("MaHoSo and DonViXuLy are stripped; the unit is upper-cased",
                        l -> l.put("MaHoSo", " H18-LS-0009 ").put("DonViXuLy", "000.00.02.h18"),
                        f -> f.code() + " " + f.unit(), "H18-LS-0009 000.00.02.H18"),
                row("a numeric MaHoSo is text", l -> l.put("MaHoSo", 123456), DossierFacts::code, "123456"),
                row("a blank date is absent", l -> l.put("NgayNopHoSo", ""), f -> f.timeline().submittedAt(), null),
                // Digitisation
                row("all documents digitised", l -> documents(l, "1", "1"), f -> f.digitisation().allComponentsDigitised(),
                        true),
                row("one document not digitised", l -> documents(l, "1", "0"),
                        f -> f.digitisation().allComponentsDigitised(), false),
                row("no documents: not all digitised", l -> l.putArray("TaiLieuNop"),
                        f -> f.digitisation().allComponentsDigitised(), false),
                row("DuocTaiSuDung 1 on one document: reused", l -> l.putArray("TaiLieuNop").addObject()
                        .put("DuocTaiSuDung", 1), f -> f.digitisation().componentReused(), true),
                row("DuocTaiSuDung 0: not reused", l -> l.putArray("TaiLieuNop").addObject().put("DuocTaiSuDung", "0"),
                        f -> f.digitisation().componentReused(), false),
                row("DuocLayTuKhoDMQG \"1\": national data store", l -> l.putArray("TaiLieuNop").addObject()
                        .put("DuocLayTuKhoDMQG", "1"), f -> f.digitisation().nationalDataStoreUsed(), true),
                row("a result with a file: electronic result", l -> results(l, "", "https://kq.example/1.pdf"),
                        f -> f.digitisation().electronicResultIssued(), true),
                row("results without files: no electronic result", l -> results(l, " ", null),
                        f -> f.digitisation().electronicResultIssued(), false),
                // Payment
                row("fees summed, numbers and strings", l -> fees(l, 50_000, "150000"), f -> f.payment().feesDueVnd(),
                        200_000L),
                row("DuocThanhToanTrucTuyen 1: paid online", l -> l.put("DuocThanhToanTrucTuyen", 1),
                        f -> f.payment().paidOnline(), true),
                row("DuocThanhToanTrucTuyen \"2\": paid online (province gateway)",
                        l -> l.put("DuocThanhToanTrucTuyen", "2"), f -> f.payment().paidOnline(), true),
                row("DuocThanhToanTrucTuyen 0: not paid online", l -> l.put("DuocThanhToanTrucTuyen", 0),
                        f -> f.payment().paidOnline(), false),
                // Applicant verification
                row("VNeID account: verified", l -> l.put("TaiKhoanDuocXacThucVoiVNeID", "1"),
                        DossierFacts::applicantVerified, true),
                row("a population database connection: verified", l -> l.putArray("DSKetNoiCSDL").addObject()
                        .put("MaCSDL", "CSDLQGDC"), DossierFacts::applicantVerified, true),
                row("VNeID 0 and no connection: not verified", l -> l.put("TaiKhoanDuocXacThucVoiVNeID", 0)
                        .putArray("DSKetNoiCSDL"), DossierFacts::applicantVerified, false),
                // The catalog version
                row("received in 2019: the version then in force (partly online)",
                        l -> received(l, "20190506080000"), f -> f.procedure().fullOnlineService(), false),
                row("received in 2021: the version then in force (fully online)",
                        l -> received(l, "20210506080000"), f -> f.procedure().fullOnlineService(), true),
                row("received before the catalog: the latest version", l -> received(l, "20100506080000"),
                        f -> f.procedure().paperResultRequired(), true),
                row("not received: the version in force at submission", l -> l.put("TrangThaiHoSo", 1)
                        .put("NgayNopHoSo", "20190506080000").remove(List.of("NgayTiepNhan", "NgayHenTra")),
                        f -> f.procedure().fullOnlineService(), false),
                row("a procedure without components has none to reuse", l -> l.put("MaTTHC", "2.000002"),
                        f -> f.procedure().reusableComponent(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void eachFieldIsMapped(String rule, Consumer<ObjectNode> change, Function<DossierFacts, Object> read,
            Object expected) {
        ObjectNode line = returnedDossier();
        change.accept(line);
        MappedLine mapped = HistorySamples.map(line);
        assertThat(mapped.problems()).isEmpty();
        assertThat(read.apply(mapped.facts())).isEqualTo(expected);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refused("MaHoSo missing", l -> l.remove("MaHoSo"), "integration.field.required", "MaHoSo"),
                refused("MaHoSo blank", l -> l.put("MaHoSo", "  "), "integration.field.required", "MaHoSo"),
                refused("MaHoSo longer than the table holds", l -> l.put("MaHoSo", "X".repeat(65)),
                        "integration.field.tooLong", "MaHoSo", "64"),
                refused("MaHoSo an object", l -> l.putObject("MaHoSo"), "integration.field.notText", "MaHoSo"),
                refused("DonViXuLy missing", l -> l.remove("DonViXuLy"), "integration.field.required", "DonViXuLy"),
                refused("DonViXuLy unknown", l -> l.put("DonViXuLy", "000.00.99.H18"), "integration.unit.unknown",
                        "000.00.99.H18"),
                refused("MaTTHC missing", l -> l.putNull("MaTTHC"), "integration.field.required", "MaTTHC"),
                refused("MaTTHC unknown", l -> l.put("MaTTHC", "9.999999"), "integration.procedure.unknown",
                        "9.999999"),
                refused("KenhThucHien missing", l -> l.remove("KenhThucHien"), "integration.field.required",
                        "KenhThucHien"),
                refused("KenhThucHien 4", l -> l.put("KenhThucHien", 4), "integration.field.choice", "KenhThucHien",
                        "4", "1–3"),
                refused("KenhThucHien a word", l -> l.put("KenhThucHien", "online"), "integration.field.choice",
                        "KenhThucHien", "online", "1–3"),
                refused("KenhThucHien a fraction", l -> l.put("KenhThucHien", 2.5), "integration.field.choice",
                        "KenhThucHien", "2.5", "1–3"),
                refused("LoaiDoiTuong missing (never assumed a citizen)", l -> l.remove("LoaiDoiTuong"),
                        "integration.field.required", "LoaiDoiTuong"),
                refused("LoaiDoiTuong 5", l -> l.put("LoaiDoiTuong", 5), "integration.field.choice", "LoaiDoiTuong",
                        "5", "1–4"),
                refused("TrangThaiHoSo 0", l -> l.put("TrangThaiHoSo", 0), "integration.field.choice",
                        "TrangThaiHoSo", "0", "1–10"),
                refused("TrangThaiHoSo 11", l -> l.put("TrangThaiHoSo", "11"), "integration.field.choice",
                        "TrangThaiHoSo", "11", "1–10"),
                refused("month 13", l -> l.put("NgayTiepNhan", "20241301080000"), "integration.date.invalid",
                        "NgayTiepNhan", "20241301080000"),
                refused("30 February", l -> l.put("NgayHenTra", "20240230080000"), "integration.date.invalid",
                        "NgayHenTra", "20240230080000"),
                refused("hour 24", l -> l.put("NgayTra", "20240315240000"), "integration.date.invalid", "NgayTra",
                        "20240315240000"),
                refused("an ISO date", l -> l.put("NgayNopHoSo", "2024-01-01"), "integration.date.invalid",
                        "NgayNopHoSo", "2024-01-01"),
                refused("a date as a number", l -> l.put("NgayKetThucXuLy", 20240314), "integration.date.invalid",
                        "NgayKetThucXuLy", "20240314"),
                refused("a year the calendar does not cover", l -> l.put("NgayNopHoSo", "18991231080000"),
                        "integration.date.invalid", "NgayNopHoSo", "18991231080000"),
                refused("in processing without NgayTiepNhan", l -> l.put("TrangThaiHoSo", 4).remove("NgayTiepNhan"),
                        "integration.received.required", "4"),
                refused("done without NgayKetThucXuLy", l -> l.put("TrangThaiHoSo", 9).remove("NgayKetThucXuLy"),
                        "integration.finished.required", "9", "NgayKetThucXuLy"),
                refused("returned without NgayTra", l -> l.remove("NgayTra"), "integration.finished.required", "10",
                        "NgayTra"),
                refused("stopped without a date", l -> l.put("TrangThaiHoSo", 8).remove("NgayKetThucXuLy"),
                        "integration.finished.required", "8", "NgayTuChoi / NgayKetThucXuLy"),
                refused("finished before it was received", l -> l.put("NgayKetThucXuLy", "20240311070000"),
                        "integration.date.beforeReceipt", "NgayKetThucXuLy", "20240311070000", "20240311080000"),
                refused("a negative fee", l -> fees(l, -5), "integration.amount.invalid", "DanhSachLePhi[0].Gia",
                        "-5"),
                refused("a fee with decimals", l -> fees(l, "1500.5"), "integration.amount.invalid",
                        "DanhSachLePhi[0].Gia", "1500.5"),
                refused("a fee without Gia", l -> l.putArray("DanhSachLePhi").addObject().put("TenPhiLePhi", "Lệ phí"),
                        "integration.field.required", "DanhSachLePhi[0].Gia"),
                refused("fees not a list", l -> l.put("DanhSachLePhi", "50000"), "integration.field.notList",
                        "DanhSachLePhi"),
                refused("a document that is not an object", l -> l.putArray("TaiLieuNop").add("giay-to.pdf"),
                        "integration.field.notObject", "TaiLieuNop[0]"),
                refused("DuocSoHoa 2", l -> l.putArray("TaiLieuNop").addObject().put("DuocSoHoa", 2),
                        "integration.field.choice", "TaiLieuNop[0].DuocSoHoa", "2", "0–1"),
                refused("DuocThanhToanTrucTuyen 3", l -> l.put("DuocThanhToanTrucTuyen", 3),
                        "integration.field.choice", "DuocThanhToanTrucTuyen", "3", "0–2"),
                refused("a supplement without its request date", l -> l.putArray("DanhSachHoSoBoSung").addObject()
                        .put("NgayBoSung", "20240313080000"), "integration.field.required",
                        "DanhSachHoSoBoSung[0].NgayYeuCauBoSung"),
                refused("a supplement before its request", l -> supplement(l, "20240313080000", "20240312080000"),
                        "integration.supplement.beforeRequest", "DanhSachHoSoBoSung[0].NgayBoSung", "20240312080000",
                        "20240313080000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void anInvalidLineIsRefusedWithItsReason(String rule, Consumer<ObjectNode> change, String key, List<String> args) {
        ObjectNode line = returnedDossier();
        change.accept(line);
        MappedLine mapped = HistorySamples.map(line);
        assertThat(mapped.isAccepted()).isFalse();
        assertThat(mapped.problems()).containsExactly(new LineProblem(key, args));
    }

    @Test
    void everyProblemOfALineIsReportedAtOnceWithItsCode() {
        ObjectNode line = returnedDossier().put("LoaiDoiTuong", "").put("NgayTra", "2024-03-15");
        MappedLine mapped = HistorySamples.map(line);
        assertThat(mapped.code()).isEqualTo("H18-LS-0001");
        assertThat(mapped.problems()).extracting(LineProblem::messageKey)
                .containsExactly("integration.field.required", "integration.date.invalid");
    }

    @Test
    void textThatIsNotAJsonObjectIsRefused() {
        assertThat(refusal("{\"MaHoSo\": \"H18-1\", ")).isEqualTo("integration.line.notJson");
        assertThat(refusal("{\"MaHoSo\": \"H18-1\"} trailing")).isEqualTo("integration.line.notJson");
        assertThat(refusal("MaHoSo=H18-1")).isEqualTo("integration.line.notJson");
        assertThat(refusal("[{\"MaHoSo\": \"H18-1\"}]")).isEqualTo("integration.line.notObject");
        assertThat(refusal("\"H18-1\"")).isEqualTo("integration.line.notObject");
    }

    private static String refusal(String text) {
        byte[] bytes = HistorySamples.bytes(text);
        MappedLine mapped = HistorySamples.mapper().map(bytes, bytes.length);
        assertThat(mapped.problems()).hasSize(1);
        return mapped.problems().getFirst().messageKey();
    }

    private static Arguments row(String rule, Consumer<ObjectNode> change, Function<DossierFacts, Object> read,
            Object expected) {
        return Arguments.of(rule, change, read, expected);
    }

    private static Arguments refused(String rule, Consumer<ObjectNode> change, String key, String... args) {
        return Arguments.of(rule, change, key, List.of(args));
    }

    private static void documents(ObjectNode line, String... digitised) {
        var list = line.putArray("TaiLieuNop");
        for (String flag : digitised) {
            list.addObject().put("DuocSoHoa", flag).put("DuocTaiSuDung", 0).put("DuocLayTuKhoDMQG", 0);
        }
    }

    private static void results(ObjectNode line, String... paths) {
        var list = line.putArray("DanhSachGiayToKetQua");
        int n = 1;
        for (String path : paths) {
            list.addObject().put("MaGiayToKetQua", "KQ" + n++).put("DuongDanTepTinKetQua", path);
        }
    }

    static void fees(ObjectNode line, Object... amounts) {
        var list = line.putArray("DanhSachLePhi");
        for (Object amount : amounts) {
            ObjectNode fee = list.addObject().put("TenPhiLePhi", "Lệ phí");
            if (amount instanceof Integer number) {
                fee.put("Gia", number);
            } else {
                fee.put("Gia", (String) amount);
            }
        }
    }

    static void supplement(ObjectNode line, String requested, String supplied) {
        ObjectNode entry = line.withArray("DanhSachHoSoBoSung").addObject().put("NgayYeuCauBoSung", requested);
        if (supplied != null) {
            entry.put("NgayBoSung", supplied);
        }
    }

    private static void received(ObjectNode line, String at) {
        line.put("TrangThaiHoSo", 4).put("NgayTiepNhan", at).remove(List.of("NgayHenTra", "NgayKetThucXuLy", "NgayTra"));
    }
}
