package vn.motcua.result;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả: issued when reception finds the dossier complete.
 *
 * @param header the shared part
 * @param components what was handed in
 * @param fees what is due; empty when the procedure is free
 * @param receivedAt thời gian nhận hồ sơ, to the minute
 * @param appointment thời gian hẹn trả kết quả
 * @param channel how the dossier came in
 * @param returnMethod how the applicant asked to receive the result
 */
public record Receipt(DocumentHeader header, List<Component> components, List<Fee> fees, LocalDateTime receivedAt,
        LocalDateTime appointment, Channel channel, ReturnMethod returnMethod) implements ApplicantDocument {

    public Receipt {
        components = List.copyOf(components);
        fees = List.copyOf(fees);
    }

    /** The sum of the fees, printed under them. */
    public long totalFeesVnd() {
        return fees.stream().mapToLong(Fee::amountVnd).sum();
    }

    /**
     * Thành phần hồ sơ đã nhận.
     *
     * @param name the document's name as published
     * @param originals bản chính received
     * @param copies bản sao received
     * @param digitised whether reception scanned it into the dossier (đã số hóa)
     */
    public record Component(String name, int originals, int copies, boolean digitised) {
    }

    /**
     * Phí, lệ phí phải nộp.
     *
     * @param name the charge as published
     * @param amountVnd amount in VND
     */
    public record Fee(String name, long amountVnd) {
    }

    /** Kênh nộp hồ sơ, in the national portal's order (1, 2, 3); message keys end in the constant's name. */
    public enum Channel {
        /** Trực tiếp tại Bộ phận Một cửa. */
        COUNTER,
        /** Trực tuyến. */
        ONLINE,
        /** Qua dịch vụ bưu chính công ích. */
        POST
    }

    /** Hình thức nhận kết quả; message keys end in the constant's name. */
    public enum ReturnMethod {
        /** Tại Bộ phận Một cửa. */
        COUNTER,
        /** Qua dịch vụ bưu chính công ích. */
        POST,
        /** Bản điện tử trên Cổng dịch vụ công. */
        ELECTRONIC
    }
}
