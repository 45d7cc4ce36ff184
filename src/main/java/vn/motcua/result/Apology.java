package vn.motcua.result;

import java.time.LocalDateTime;

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả: the unit at fault apologises for missing the appointment
 * and sets a new one.
 *
 * @param header the shared part
 * @param receivedAt when the dossier was received
 * @param originalAppointment the appointment that will be missed
 * @param reason why the dossier is late
 * @param newAppointment the new appointment
 */
public record Apology(DocumentHeader header, LocalDateTime receivedAt, LocalDateTime originalAppointment,
        String reason, LocalDateTime newAppointment) implements ApplicantDocument {
}
