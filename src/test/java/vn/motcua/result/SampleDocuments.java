package vn.motcua.result;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import vn.motcua.result.DocumentHeader.Applicant;
import vn.motcua.result.DocumentHeader.Officer;
import vn.motcua.result.DocumentHeader.Procedure;
import vn.motcua.result.Receipt.Channel;
import vn.motcua.result.Receipt.ReturnMethod;
import vn.motcua.result.TrackingSheet.Outcome;

/** One dossier of the demo province (Điện Biên) and the five papers its applicant receives. */
final class SampleDocuments {

    static final String UNIT = "Ủy ban nhân dân phường Mường Thanh";
    static final String CODE = "000.00.12.H18-251104-0007";
    static final String TRACKING_URL = "https://dichvucong.dienbien.gov.vn/tra-cuu-ho-so?ma=" + CODE;
    static final String APPLICANT = "Nguyễn Thị Hường";
    static final String OFFICER = "Đặng Văn Ượng";
    static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 11, 4, 9, 15);
    static final LocalDateTime APPOINTMENT = LocalDateTime.of(2025, 11, 20, 15, 0);

    private SampleDocuments() {
    }

    static DocumentHeader header(LocalDateTime issuedAt, String officerTitle) {
        return new DocumentHeader(UNIT, CODE, TRACKING_URL, issuedAt, new Officer(OFFICER, officerTitle),
                new Applicant(APPLICANT, "011190004567", "Tổ dân phố 5, phường Mường Thanh, tỉnh Điện Biên",
                        "0915 123 456"),
                new Procedure("1.001193", "Thủ tục đăng ký khai sinh"));
    }

    static Receipt receipt() {
        return new Receipt(header(RECEIVED, "Công chức tiếp nhận hồ sơ"),
                List.of(new Receipt.Component("Tờ khai đăng ký khai sinh", 1, 0, true),
                        new Receipt.Component("Giấy chứng sinh", 1, 0, true),
                        new Receipt.Component("Giấy chứng nhận kết hôn của cha, mẹ", 0, 1, false)),
                List.of(new Receipt.Fee("Lệ phí đăng ký khai sinh", 50_000),
                        new Receipt.Fee("Phí cấp bản sao trích lục", 16_000)),
                RECEIVED, APPOINTMENT, Channel.COUNTER, ReturnMethod.POST);
    }

    static SupplementRequest supplementRequest() {
        return new SupplementRequest(header(LocalDateTime.of(2025, 11, 4, 10, 40), "Công chức tư pháp - hộ tịch"),
                List.of(new SupplementRequest.Item(2, "Giấy chứng sinh", "Bản chụp mờ, không đọc được"),
                        new SupplementRequest.Item(1, "Tờ khai đăng ký khai sinh", "Thiếu chữ ký người đi khai"),
                        new SupplementRequest.Item("Văn bản ủy quyền", "Người đi khai không phải cha, mẹ của trẻ")));
    }

    static Refusal refusal() {
        return new Refusal(header(LocalDateTime.of(2025, 11, 4, 10, 5), "Công chức tiếp nhận hồ sơ"),
                List.of("Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã Thanh Xương",
                        "Người đi khai không phải cha, mẹ và không có văn bản ủy quyền"));
    }

    static Apology apology() {
        return new Apology(header(LocalDateTime.of(2025, 11, 18, 16, 30), "Chủ tịch Ủy ban nhân dân phường"),
                RECEIVED, APPOINTMENT, "Chờ kết quả xác minh nơi cư trú của người mẹ tại tỉnh Lai Châu",
                LocalDateTime.of(2025, 11, 25, 9, 30));
    }

    static TrackingSheet trackingSheet() {
        return new TrackingSheet(header(LocalDateTime.of(2025, 11, 20, 14, 0), "Công chức tiếp nhận hồ sơ"),
                RECEIVED, APPOINTMENT, List.of(
                        new TrackingSheet.Entry("Tiếp nhận hồ sơ", OFFICER, "Lò Thị Mai", "Bộ phận Một cửa",
                                LocalDateTime.of(2025, 11, 4, 9, 20), LocalDateTime.of(2025, 11, 4, 11, 30),
                                Outcome.EARLY),
                        new TrackingSheet.Entry("Thẩm định hồ sơ", "Lò Thị Mai", "Quàng Văn Dũng", "Phòng Tư pháp",
                                LocalDateTime.of(2025, 11, 14, 17, 0), LocalDateTime.of(2025, 11, 14, 17, 0),
                                Outcome.ON_TIME),
                        new TrackingSheet.Entry("Phê duyệt kết quả", "Quàng Văn Dũng", OFFICER, "Lãnh đạo phường",
                                LocalDateTime.of(2025, 11, 19, 8, 5), LocalDateTime.of(2025, 11, 18, 17, 0),
                                Outcome.LATE)));
    }

    static Stream<ApplicantDocument> all() {
        return Stream.of(receipt(), supplementRequest(), refusal(), apology(), trackingSheet());
    }
}
