package vn.motcua.payment.internal.reconciliation;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import vn.motcua.payment.PlatformMessages;
import vn.motcua.payment.SettlementUnavailableException;

/**
 * The settlement report over HTTP: {@code GET {url}?date=YYYY-MM-DD}, a JSON array of lines
 * ({@code MaThamChieu, MaHoSo, SoTien, TKThuHuong, MaNHThuHuong, ThoiGianGD, TrangThai}); only the lines
 * whose status is paid ({@code 00}) count as settled.
 */
class HttpSettlementReport implements SettlementReport {

    private final RestClient client;
    private final Supplier<String> url;

    HttpSettlementReport(Supplier<String> url, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.client = RestClient.builder().requestFactory(requests).build();
        this.url = url;
    }

    @Override
    public List<Transaction> paidOn(LocalDate day) {
        PlatformMessages.SettlementLine[] lines;
        try {
            lines = client.get().uri(url.get() + "?date={day}", day).retrieve()
                    .body(PlatformMessages.SettlementLine[].class);
        } catch (RestClientException e) {
            throw new SettlementUnavailableException("No settlement report for " + day + ": " + e.getMessage(), e);
        }
        if (lines == null) {
            throw new SettlementUnavailableException("An empty answer for the settlement report of " + day, null);
        }
        return Arrays.stream(lines).filter(l -> PlatformMessages.PAID.equals(l.trangThai()))
                .map(l -> new Transaction(l.maThamChieu(), l.maHoSo(), l.soTien(), l.tKThuHuong(), l.maNHThuHuong()))
                .toList();
    }
}
