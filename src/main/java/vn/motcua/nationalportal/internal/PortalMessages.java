package vn.motcua.nationalportal.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.organization.ProvinceCalendar;

/**
 * A status change in the portal's words (INTEGRATION.md): the dossier object after it and its progress
 * entry, from the event alone (it carries the dossier's state after the change, so nothing is read back in
 * the transition). Dates are {@code yyyyMMddHHmmss} in the province's zone; a field with no value is left out.
 */
@Component
class PortalMessages {

    private static final DateTimeFormatter PORTAL_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Locale VIETNAMESE = Locale.of("vi");
    /** LoaiDoiTuong: 1 citizen, 2 business, 3 agency, 4 organisation. */
    private static final List<ApplicantType> APPLICANT_TYPES = List.of(ApplicantType.CITIZEN, ApplicantType.BUSINESS,
            ApplicantType.AGENCY, ApplicantType.ORGANISATION);

    private final MessageSource messages;
    private final ProvinceCalendar calendar;

    PortalMessages(MessageSource messages, ProvinceCalendar calendar) {
        this.messages = messages;
        this.calendar = calendar;
    }

    /** The dossier object as the change left it. */
    Map<String, Object> dossier(DossierStatusChanged change) {
        DossierStatusChanged.Moments m = change.moments();
        Map<String, Object> dossier = new LinkedHashMap<>();
        dossier.put("MaHoSo", change.code());
        dossier.put("MaTTHC", change.procedureCode());
        dossier.put("KenhThucHien", change.channel().code());
        dossier.put("SoGiayToChuHoSo", change.applicantIdNumber());
        dossier.put("LoaiDoiTuong", APPLICANT_TYPES.indexOf(change.applicantType()) + 1);
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
        dossier.put("HoSoCoThanhPhanSoHoa", change.digitisation().anySubmitted()
                && change.digitisation().allSubmittedDigitised() ? 1 : 0);
        dossier.put("DinhDanhCHS", List.of(Map.of("LoaiDinhDanh", 1, "SoDinhDanh", change.applicantIdNumber())));
        return dossier;
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

    private static void put(Map<String, Object> message, String field, Object value) {
        if (value instanceof LocalDateTime moment) {
            message.put(field, PORTAL_DATE.format(moment));
        } else if (value != null) {
            message.put(field, value);
        }
    }
}
