package vn.motcua.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc over the shared application context, with the real security filters and demo officers. */
public final class WebTestSupport {

    private WebTestSupport() {
    }

    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** A request logged in as a demo officer. */
    public static RequestPostProcessor as(WebApplicationContext context, String username) {
        return user(officer(context, username));
    }

    /** The page a request answers, which must be 200 OK, as UTF-8 text. */
    public static String html(MockMvc mvc, RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A demo officer as the security filters would load them after login. */
    public static UserDetails officer(WebApplicationContext context, String username) {
        return context.getBean(UserDetailsService.class).loadUserByUsername(username);
    }

    /** The addresses of the applicants' filter chain, whose CSRF token lives in a cookie. */
    private static final Pattern APPLICANT_CHAIN = Pattern.compile("^/(account|follow|submit)(/.*)?$");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A valid CSRF token for a form post, whichever chain the address belongs to. Spring Security's own
     * {@code csrf()} swaps the chain's token store for a session-based test store, for the rest of the
     * shared context: on the applicants' chain that would stop every later real request from getting
     * its {@code XSRF-TOKEN} cookie. So there the token is sent as a browser does — the cookie, and the
     * form field masked as the page would print it — and nothing is swapped.
     */
    public static RequestPostProcessor formToken() {
        return request -> {
            if (!APPLICANT_CHAIN.matcher(request.getRequestURI()).matches()) {
                return csrf().postProcessRequest(request);
            }
            String token = UUID.randomUUID().toString();
            Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            Cookie[] withToken = Arrays.copyOf(cookies, cookies.length + 1);
            withToken[cookies.length] = new Cookie("XSRF-TOKEN", token);
            request.setCookies(withToken);
            request.setParameter("_csrf", masked(token));
            return request;
        };
    }

    /** The token as a page prints it: random bytes, then the token XOR those bytes, in base64url. */
    private static String masked(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[bytes.length];
        RANDOM.nextBytes(random);
        byte[] combined = Arrays.copyOf(random, bytes.length * 2);
        for (int i = 0; i < bytes.length; i++) {
            combined[bytes.length + i] = (byte) (random[i] ^ bytes[i]);
        }
        return Base64.getUrlEncoder().encodeToString(combined);
    }
}
