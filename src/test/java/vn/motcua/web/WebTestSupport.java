package vn.motcua.web;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc over the shared application context, with the real security filters and demo officers. */
public final class WebTestSupport {

    private WebTestSupport() {
    }

    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** A demo officer as the security filters would load them after login. */
    public static UserDetails officer(WebApplicationContext context, String username) {
        return context.getBean(UserDetailsService.class).loadUserByUsername(username);
    }
}
