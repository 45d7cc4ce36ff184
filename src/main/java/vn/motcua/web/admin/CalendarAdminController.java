package vn.motcua.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.organization.CalendarOverrideForm;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/** Administrators see a year's days off and swap days: extra days off and make-up working Saturdays. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    private final ProvinceCalendar provinceCalendar;
    private final FormSubmission forms;
    private final Clock clock;

    CalendarAdminController(ProvinceCalendar provinceCalendar, FormSubmission forms, Clock clock) {
        this.provinceCalendar = provinceCalendar;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        return page(model, clampYear(year), CalendarOverrideForm.blank(), FormErrors.none());
    }

    @PostMapping
    String swap(@ModelAttribute CalendarOverrideForm form, @AuthenticationPrincipal OfficerPrincipal officer,
            Model model, Locale locale, RedirectAttributes redirect) {
        int year = yearOf(form);
        return forms.submit(() -> provinceCalendar.swap(form, officer.getUsername()), "/admin/calendar?year=" + year,
                errors -> page(model, year, form, errors), locale, redirect);
    }

    @PostMapping("/restore")
    String restore(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect) {
        provinceCalendar.restore(date);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    private String page(Model model, int year, CalendarOverrideForm form, FormErrors errors) {
        model.addAttribute("year", year);
        model.addAttribute("days", provinceCalendar.calendar().daysOf(year));
        model.addAttribute("overrides", provinceCalendar.overrides(year));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/calendar";
    }

    private int clampYear(Integer year) {
        int current = LocalDate.now(clock.withZone(provinceCalendar.calendar().workingHours().zone())).getYear();
        return year == null || year < 1900 || year > 2199 ? current : year;
    }

    private int yearOf(CalendarOverrideForm form) {
        try {
            return clampYear(LocalDate.parse(form.date().strip()).getYear());
        } catch (RuntimeException e) {
            return clampYear(null);
        }
    }
}
