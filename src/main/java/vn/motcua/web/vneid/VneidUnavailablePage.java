package vn.motcua.web.vneid;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@link VneidLogin#START} reaches Spring MVC only when no login started: VNeID is not offered or cannot be
 * reached now. The login page then says so.
 */
@Controller
class VneidUnavailablePage {

    @GetMapping(VneidLogin.START)
    String unavailable() {
        return "redirect:/account/login?vneidUnavailable";
    }
}
