package vn.motcua.web.portal.feedback;

import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import vn.motcua.feedback.FeedbackAccess;
import vn.motcua.identity.ApplicantPrincipal;

/**
 * The secrets a visitor proved in this session, by tracking code, so the item's page and its forms need
 * not ask again; a logged-in sender opens their own items by account.
 */
final class FollowedFeedback {

    private static final String KEY = "feedback.followed";

    private FollowedFeedback() {
    }

    static void remember(HttpSession session, String code, String secret) {
        secrets(session).put(code, secret);
        session.setAttribute(KEY, secrets(session));
    }

    static FeedbackAccess access(HttpSession session, String code, ApplicantPrincipal applicant) {
        return new FeedbackAccess(secrets(session).get(code), applicant == null ? null : applicant.account().id());
    }

    @SuppressWarnings("unchecked")
    private static HashMap<String, String> secrets(HttpSession session) {
        Object kept = session.getAttribute(KEY);
        if (kept instanceof HashMap<?, ?> map) {
            return (HashMap<String, String>) map;
        }
        HashMap<String, String> fresh = new HashMap<>();
        session.setAttribute(KEY, fresh);
        return fresh;
    }
}
