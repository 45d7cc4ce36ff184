package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.WebTestSupport;

/**
 * Every page carries a Content-Security-Policy that allows no inline script or style and no framing,
 * a referrer policy and {@code nosniff}; and the pages really have nothing inline, so the policy costs
 * them nothing. Only the API explorer, a third-party page, may use inline styles.
 */
@MotcuaIntegrationTest
class SecurityHeadersTest {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** {@code style="…"}, {@code onclick="…"} and the like, in any tag. */
    private static final Pattern INLINE_ATTRIBUTE = Pattern.compile("<[^>]*\\s(style|on[a-z]+)\\s*=",
            Pattern.CASE_INSENSITIVE);
    /** A script element without {@code src}: inline code. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/procedures", "/service-index", "/account/login", "/login", "/no-such-page"})
    void everyPublicPageCarriesThePolicyAndHasNothingInline(String path) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(path)).andReturn().getResponse();
        assertHeaders(page);
        assertNothingInline(page.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theServiceIndexDrawsItsBarsWithoutInlineStyle() throws Exception {
        String html = WebTestSupport.html(mvc, get("/service-index"));
        assertThat(html).contains("<rect class=\"bar-fill\"");
        assertNothingInline(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/office", "/office/reception"})
    void officePagesCarryThePolicyAndHaveNothingInline(String path) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(path).with(WebTestSupport.as(context, "tiepnhan")))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertHeaders(page);
        assertNothingInline(page.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyTheApiExplorerMayUseInlineStyles() throws Exception {
        MockHttpServletResponse explorer = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
        assertThat(explorer.getHeader("Content-Security-Policy"))
                .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';", "frame-ancestors 'none'");
    }

    private static void assertHeaders(MockHttpServletResponse page) {
        assertThat(page.getHeader("Content-Security-Policy")).isEqualTo(POLICY);
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    private static void assertNothingInline(String html) {
        assertThat(INLINE_ATTRIBUTE.matcher(html).find()).as("an inline style or handler in %s", html).isFalse();
        assertThat(INLINE_SCRIPT.matcher(html).find()).as("an inline script").isFalse();
        assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContain("<style");
    }
}
