package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.identity.ApplicantAccount;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.ProvinceContact;

/**
 * What every page's header needs: the logged-in officer or applicant, if any (a page sees at most
 * one of them: each has its own filter chain), the link to the other language and the province's
 * contact details. The error pages
 * ({@link ErrorController}) get them too, so a 404 speaks to whoever is there.
 */
@ControllerAdvice(basePackages = {"vn.motcua.web.portal", "vn.motcua.web.office", "vn.motcua.web.admin"},
        assignableTypes = ErrorController.class)
class PageModelAdvice {

    private final ProvinceContact contact;

    PageModelAdvice(ProvinceContact contact) {
        this.contact = contact;
    }

    /** The province's contact details for the footer and the help text; only what is set is shown. */
    @ModelAttribute("provinceContact")
    ProvinceContact provinceContact() {
        return contact;
    }

    @ModelAttribute("currentOfficer")
    Officer currentOfficer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OfficerPrincipal principal
                ? principal.officer() : null;
    }

    @ModelAttribute("currentApplicant")
    ApplicantAccount currentApplicant() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApplicantPrincipal principal
                ? principal.account() : null;
    }

    @ModelAttribute("languageSwitchUrl")
    String languageSwitchUrl(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "vi" : "en";
        // Relative: a link never names a host, whatever the request's Host header claimed.
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", other).build().toUriString();
    }
}
