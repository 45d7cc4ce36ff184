package vn.motcua.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' start page. */
@Controller
class AdminController {

    @GetMapping("/admin")
    String admin() {
        return "admin/home";
    }
}
