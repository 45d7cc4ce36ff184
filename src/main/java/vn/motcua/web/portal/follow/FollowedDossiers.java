package vn.motcua.web.portal.follow;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.identity.ApplicantPrincipal;

/**
 * Whose dossier the visitor may see: the code and ID number typed together, remembered in the
 * session so the pages after the look-up need no re-typing; else the logged-in account's proved link to
 * the dossier. The dossier module then shows the dossier only if the ID number is its applicant's.
 */
final class FollowedDossiers {

    private static final String ATTRIBUTE = FollowedDossiers.class.getName();

    private FollowedDossiers() {
    }

    /** The visitor's session did not look this code up, and they are not logged in. */
    static final class NotFollowed extends RuntimeException {
        private final String code;

        NotFollowed(String code) {
            super(null, null, false, false);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    static void remember(HttpSession session, String code, String idNumber) {
        pairs(session).put(code, idNumber);
    }

    /** @throws NotFollowed when neither the session nor a linked login establishes an ID number */
    static String idNumberFor(HttpSession session, String code, ApplicantDossiers dossiers) {
        return Optional.ofNullable(pairs(session).get(code)).or(() -> linked(code, dossiers))
                .orElseThrow(() -> new NotFollowed(code));
    }

    private static Optional<String> linked(String code, ApplicantDossiers dossiers) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApplicantPrincipal principal
                ? dossiers.applicantIdNumber(principal.account().id(), principal.account().verifiedIdNumber(), code)
                : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pairs(HttpSession session) {
        Object pairs = session.getAttribute(ATTRIBUTE);
        if (pairs == null) {
            pairs = new ConcurrentHashMap<String, String>();
            session.setAttribute(ATTRIBUTE, pairs);
        }
        return (Map<String, String>) pairs;
    }
}
