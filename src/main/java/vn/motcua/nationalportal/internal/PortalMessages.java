package vn.motcua.nationalportal.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierView;
import vn.motcua.identity.ApplicantVerified.VerificationSource;
import vn.motcua.payment.Fee;
import vn.motcua.organization.ProvinceCalendar;

/**
 * A status change in the portal's words (INTEGRATION.md): the dossier object after it and its progress
 * entry, from the event and the {@link DossierFacts} read in the transition's transaction. Dates are
 * {@code yyyyMMddHHmmss} in the province's zone; a field with no value is left out.
 */
@Component
class PortalMessages {

    private static final DateTimeFormatter PORTAL_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Locale VIETNAMESE = Locale.of("vi");
    /** LoaiDoiTuong: 1 citizen, 2 business, 3 agency, 4 organisation. */
    private static final List<ApplicantType> APPLICANT_TYPES = List.of(ApplicantType.CITIZEN, ApplicantType.BUSINESS,
            ApplicantType.AGENCY, ApplicantType.ORGANISATION);

    /** DuocThanhToanTrucTuyen: paid through the national portal's payment platform. */
    private static final int PAID_THROUGH_NATIONAL_PORTAL = 1;
    /** DinhDanhCHS.LoaiDinhDanh: a personal ID number, else an enterprise or tax code. */
    private static final int PERSONAL_ID = 1;
    private static final int TAX_CODE = 2;
    /** DSKetNoiCSDL.MaCSDL of the national population database (Cơ sở dữ liệu quốc gia về dân cư). */
    static final String POPULATION_DATABASE = "CSDLQGDC";
    /** DanhSachLePhi.HinhThucThu: online, at the counter (as EMC's FormsPayments). */
    private static final int COLLECTED_ONLINE = 1;
    private static final int COLLECTED_AT_COUNTER = 2;
    /** DanhSachLePhi.LoaiPhiLePhi: phí, lệ phí. */
    private static final int FEE = 1;
    private static final int CHARGE = 2;

    private final MessageSource messages;
    private final ProvinceCalendar calendar;
    private final String publicUrl;

    PortalMessages(MessageSource messages, ProvinceCalendar calendar, @Value("${motcua.public-url}") String publicUrl) {
        this.messages = messages;
        this.calendar = calendar;
        this.publicUrl = publicUrl;
    }

    /** The dossier object as the change left it. */
    Map<String, Object> dossier(DossierStatusChanged change, DossierFacts.Facts facts) {
        DossierStatusChanged.Moments m = change.moments();
        Map<String, Object> dossier = new LinkedHashMap<>();
        dossier.put("MaHoSo", change.code());
        dossier.put("MaTTHC", change.procedureCode());
        facts.dossier().ifPresent(d -> put(dossier, "TenTTHC", d.procedureName()));
        dossier.put("KenhThucHien", change.channel().code());
        facts.dossier().ifPresent(d -> put(dossier, "ChuHoSo", d.applicant().name()));
        dossier.put("SoGiayToChuHoSo", change.applicantIdNumber());
        dossier.put("LoaiDoiTuong", APPLICANT_TYPES.indexOf(change.applicantType()) + 1);
        facts.dossier().ifPresent(d -> put(dossier, "TrichYeuHoSo", d.summary()));
        put(dossier, "NgayNopHoSo", m.submittedAt());
        put(dossier, "NgayTiepNhan", m.receivedAt());
        put(dossier, "NgayHenTra", m.appointment());
        dossier.put("TrangThaiHoSo", change.to().code());
        put(dossier, "NgayTra", m.returnedAt());
        put(dossier, "NgayKetThucXuLy", m.finishedAt());
        if (change.to() == DossierStatus.REFUSED) {
            put(dossier, "NgayTuChoi", m.finishedAt());
        }
        dossier.put("DonViXuLy", change.competentUnit());
        dossier.put("NoiNopHoSo", change.receivingUnit());
        facts.dossier().ifPresent(d -> {
            dossier.put("TaiLieuNop", documents(d, facts));
            dossier.put("DanhSachHoSoBoSung", supplements(d));
        });
        dossier.put("DanhSachLePhi", fees(facts));
        dossier.put("DanhSachGiayToKetQua", facts.results().stream().map(r -> Map.<String, Object>of(
                "MaGiayToKetQua", r.code(), "DuongDanTepTinKetQua", publicUrl + "/verify/" + r.code())).toList());
        dossier.put("HoSoCoThanhPhanSoHoa", change.digitisation().anySubmitted()
                && change.digitisation().allSubmittedDigitised() ? 1 : 0);
        dossier.put("TaiKhoanDuocXacThucVoiVNeID", facts.verifiedBy().contains(VerificationSource.VNEID) ? 1 : 0);
        dossier.put("DuocThanhToanTrucTuyen", facts.paidOnline() ? PAID_THROUGH_NATIONAL_PORTAL : 0);
        dossier.put("DinhDanhCHS", List.of(Map.of("LoaiDinhDanh",
                change.applicantType() == ApplicantType.CITIZEN ? PERSONAL_ID : TAX_CODE,
                "SoDinhDanh", change.applicantIdNumber())));
        dossier.put("DSKetNoiCSDL", facts.verifiedBy().contains(VerificationSource.POPULATION_DATABASE)
                ? List.of(Map.of("MaCSDL", POPULATION_DATABASE)) : List.of());
        return dossier;
    }

    /** TaiLieuNop: each component handed in, with its electronic form and where it came from. */
    private static List<Map<String, Object>> documents(DossierView dossier, DossierFacts.Facts facts) {
        return dossier.components().stream().filter(DossierView.Component::submitted).map(c -> {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("TenTepDinhKem", c.name());
            document.put("DuocSoHoa", c.digitised() ? 1 : 0);
            document.put("DuocTaiSuDung", c.reused() ? 1 : 0);
            document.put("DuocLayTuKhoDMQG", c.fromNationalStore() ? 1 : 0);
            put(document, "MaKetQuaThayThe", facts.replacedBy().get(c.position()));
            return document;
        }).toList();
    }

    /** DanhSachHoSoBoSung: each supplement request, what it asked for, and when it was answered. */
    private static List<Map<String, Object>> supplements(DossierView dossier) {
        return dossier.supplements().stream().map(round -> {
            Map<String, Object> supplement = new LinkedHashMap<>();
            supplement.put("LanBoSung", round.round());
            put(supplement, "NgayYeuCauBoSung", round.requestedAt());
            put(supplement, "NguoiYeuCauBoSung", round.requestedBy());
            supplement.put("NoiDungYeuCauBoSung", round.items().stream()
                    .map(item -> item.reason() == null || item.reason().isBlank() ? item.name()
                            : item.name() + ": " + item.reason())
                    .collect(Collectors.joining("; ")));
            put(supplement, "NgayBoSung", round.suppliedAt());
            return supplement;
        }).toList();
    }

    /**
     * DanhSachLePhi: the dossier's fees, numbered in the order recorded (MaPhiLePhi; the catalog has no
     * national fee codes); a "lệ phí" by its name, else a "phí"; collected online when paid through the
     * national platform, else at the counter.
     */
    private static List<Map<String, Object>> fees(DossierFacts.Facts facts) {
        List<Map<String, Object>> fees = new ArrayList<>();
        for (Fee fee : facts.fees()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("TenPhiLePhi", fee.name());
            line.put("MaPhiLePhi", String.valueOf(fees.size() + 1));
            line.put("HinhThucThu", facts.paidOnline() ? COLLECTED_ONLINE : COLLECTED_AT_COUNTER);
            line.put("Gia", fee.amountVnd());
            line.put("LoaiPhiLePhi", fee.name().strip().toLowerCase(VIETNAMESE).startsWith("lệ phí") ? CHARGE : FEE);
            fees.add(line);
        }
        return fees;
    }

    /** The progress entry of the change: who did what, when, and the status it led to. */
    Map<String, Object> progress(DossierStatusChanged change) {
        LocalDateTime at = LocalDateTime.ofInstant(change.occurredAt(), zone());
        Map<String, Object> entry = new LinkedHashMap<>();
        put(entry, "NguoiXuLy", change.actor());
        put(entry, "ThoiDiemXuLy", at);
        put(entry, "PhongBanXuLy", change.actorUnit());
        entry.put("NoiDungXuLy", messages.getMessage("dossier.action." + change.action().name(), null,
                change.action().name(), VIETNAMESE));
        entry.put("TrangThai", change.to().code());
        put(entry, "NgayBatDau", at);
        put(entry, "NgayKetThucTheoQuyDinh", change.appointment());
        return entry;
    }

    private ZoneId zone() {
        return calendar.calendar().workingHours().zone();
    }

    static void put(Map<String, Object> message, String field, Object value) {
        if (value instanceof LocalDateTime moment) {
            message.put(field, PORTAL_DATE.format(moment));
        } else if (value != null) {
            message.put(field, value);
        }
    }
}
