package vn.motcua.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.WebTestSupport;

/**
 * The help a page offers is the province's own: the hotline, address and hours come from its settings
 * (here the test profile's {@code motcua.contact.*}), what is not set is not shown, and no placeholder
 * number is left anywhere.
 */
@MotcuaIntegrationTest
class ProvinceContactTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void everyPageShowsTheProvincesHotlineAddressAndHoursAndNothingUnset() throws Exception {
        MockMvc mvc = WebTestSupport.mockMvc(context);
        for (String page : new String[] {"/", "/procedures", "/service-index", "/login"}) {
            String html = WebTestSupport.html(mvc, get(page));
            assertThat(html).as(page)
                    .contains("<a href=\"tel:02153825555\">0215 3 825 555</a>")
                    .contains("Trung tâm Phục vụ hành chính công: Số 1 đường Võ Nguyên Giáp, phường Điện Biên Phủ")
                    .contains("(7:00–17:00, thứ Hai – thứ Sáu)")
                    .doesNotContain("mailto:")
                    .doesNotContain("1900 0000");
        }
    }

    @Test
    void theHomePageOffersTheHotlineInItsHelp() throws Exception {
        String html = WebTestSupport.html(WebTestSupport.mockMvc(context), get("/").param("lang", "en"));

        assertThat(html).contains("Or call the hotline on 0215 3 825 555.");
    }
}
