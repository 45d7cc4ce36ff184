package vn.motcua.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.OfficeApi;

/**
 * Query parameters of every list (README "Input limits"): a search term of at most 200 characters without
 * control characters, a page from 1 to 100,000, 1 to 100 rows per page. Past them: a 400 naming the
 * parameter in the caller's language, on the API and on the pages alike.
 */
@MotcuaIntegrationTest
class QueryLimitsTest {

    @LocalServerPort
    int port;

    @Test
    void pageNumbersAndSizesOutOfRangeAreRefusedNamingTheParameter() {
        refused(null, "/api/v1/procedures?page=99999999999", "page", "Số trang phải từ 1 đến 100.000.");
        refused(null, "/api/v1/procedures?page=0", "page", "Số trang phải từ 1 đến 100.000.");
        refused(null, "/api/v1/procedures?size=101", "size", "Số dòng mỗi trang phải từ 1 đến 100.");
        refused(null, "/api/v1/procedures?size=0&lang=en", "size", "Rows per page must be from 1 to 100.");
        refused("tiepnhan", "/api/v1/dossiers/inbox?page=-1", "page", "Số trang phải từ 1 đến 100.000.");
    }

    @Test
    void aSearchTermPastTwoHundredCharactersOrWithANulIsRefused() {
        refused(null, "/api/v1/procedures?q=" + "a".repeat(201), "q", "Tối đa 200 ký tự.");
        refused("tiepnhan", "/api/v1/dossiers?q=%00", "q", "Không được chứa ký tự điều khiển.");
        assertThat(new OfficeApi(port).get(null, "/api/v1/procedures?q=" + "a".repeat(200)).status())
                .isEqualTo(200);
    }

    @Test
    void aDeadlineOfMoreThanAThousandUnitsIsRefused() {
        refused(null, "/api/v1/calendar/deadline?from=2026-03-02T08:00&unit=working_days&value=2000000000", "value",
                "Thời hạn phải từ 0 đến 1.000.");
    }

    @Test
    void thePortalSearchPageRefusesAHugePageWithA400Page() {
        OfficeApi.Reply reply = new OfficeApi(port).get(null, "/procedures?page=99999999999");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Số trang phải từ 1 đến 100.000.");
    }

    private void refused(String user, String path, String field, String message) {
        OfficeApi.Reply reply = new OfficeApi(port).get(user, path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(400);
        assertThat(reply.<List<String>>json("$.errors[*].field")).containsExactly(field);
        assertThat(reply.<String>json("$.message")).isEqualTo(message);
    }
}
