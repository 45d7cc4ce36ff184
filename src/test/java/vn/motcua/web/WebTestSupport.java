package vn.motcua.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

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
}
