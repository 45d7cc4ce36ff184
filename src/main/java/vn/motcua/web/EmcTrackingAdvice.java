package vn.motcua.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The EMC page-tracking script (README "EMC monitoring") on the public portal's pages, as {@code
 * emcTrackingScript} for the layout's head: its URL ({@code motcua.emc.tracking-script}), or null when unset,
 * and then no page loads it. {@link SecurityHeaders} allows its origin only when set.
 */
@ControllerAdvice(basePackages = "vn.motcua.web.portal")
class EmcTrackingAdvice {

    private final String script;

    EmcTrackingAdvice(@Value("${motcua.emc.tracking-script:}") String script) {
        this.script = script == null || script.isBlank() ? null : script.strip();
    }

    @ModelAttribute("emcTrackingScript")
    String emcTrackingScript() {
        return script;
    }
}
