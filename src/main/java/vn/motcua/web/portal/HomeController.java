package vn.motcua.web.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.catalog.Catalog;

/** The portal's home page: the search box first, then the fields (lĩnh vực) to browse, then where to get help. */
@Controller
class HomeController {

    private final Catalog catalog;

    HomeController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("fields", catalog.fields());
        return "portal/home";
    }
}
