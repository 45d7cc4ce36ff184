package vn.motcua.web.office;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.UnitDirectory;

/** The officer's landing page after login: who they are and where they work. */
@Controller
class OfficeController {

    private final UnitDirectory units;

    OfficeController(UnitDirectory units) {
        this.units = units;
    }

    @GetMapping("/office")
    String office(@AuthenticationPrincipal OfficerPrincipal officer, Model model) {
        model.addAttribute("unit", units.get(officer.unit()));
        return "office/home";
    }
}
