package vn.motcua.web.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import vn.motcua.login.LoginRefusedException;
import vn.motcua.organization.ProvinceCalendar;

/**
 * Where a failed login form goes: back to its page with {@code ?error}. A login refused because the
 * account or the address is held also carries, as the flash attribute {@value #RETRY_AT}, the local
 * time to try again, so the page can say when (the security filters run before Spring MVC, hence
 * the flash map is written here by hand).
 */
@Component
public class LoginRefusalPages {

    /** The province's local time from which a held login is checked again. */
    public static final String RETRY_AT = "loginRetryAt";

    private final FlashMapManager flashes;
    private final ProvinceCalendar calendar;

    LoginRefusalPages(FlashMapManager flashes, ProvinceCalendar calendar) {
        this.flashes = flashes;
        this.calendar = calendar;
    }

    /** @param loginPage the form's own address, e.g. {@code /login} */
    public AuthenticationFailureHandler backTo(String loginPage) {
        SimpleUrlAuthenticationFailureHandler page = new SimpleUrlAuthenticationFailureHandler(loginPage + "?error");
        return (request, response, failure) -> {
            if (failure instanceof LoginRefusedException refused) {
                remember(request, response, loginPage, refused);
            }
            page.onAuthenticationFailure(request, response, failure);
        };
    }

    private void remember(HttpServletRequest request, HttpServletResponse response, String loginPage,
            LoginRefusedException refused) {
        FlashMap flash = new FlashMap();
        flash.put(RETRY_AT, LocalDateTime.ofInstant(refused.retryAt(), calendar.calendar().workingHours().zone()));
        flash.setTargetRequestPath(request.getContextPath() + loginPage);
        flashes.saveOutputFlashMap(flash, request, response);
    }
}
