package vn.motcua.web.portal.submit;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierDraft;
import vn.motcua.dossier.DossierDrafts;

/**
 * The draft id in the citizen's browser. The cookie's path is the procedure's wizard, so each
 * procedure has its own draft and the id travels nowhere else; it lives as long as the draft.
 */
@Component
class DraftCookie {

    static final String NAME = "motcua-draft";

    private final DossierDrafts drafts;

    DraftCookie(DossierDrafts drafts) {
        this.drafts = drafts;
    }

    /** The draft this browser holds for the procedure, unless unknown or expired. */
    Optional<DossierDraft> read(HttpServletRequest request, String procedureCode) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> NAME.equals(c.getName()))
                .map(Cookie::getValue).map(drafts::find).flatMap(Optional::stream)
                .filter(d -> d.procedureCode().equals(procedureCode)).findFirst();
    }

    void write(HttpServletRequest request, HttpServletResponse response, DossierDraft draft) {
        ResponseCookie cookie = ResponseCookie.from(NAME, draft.id())
                .path(request.getContextPath() + "/submit/" + draft.procedureCode())
                .maxAge(DossierDrafts.LIFETIME).httpOnly(true).secure(request.isSecure()).sameSite("Lax").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
