package vn.motcua.web.vneid;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.identity.VneidSimulator;
import vn.motcua.identity.VneidSimulator.DemoPerson;
import vn.motcua.identity.VneidSimulator.Misbehaviour;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.web.FormErrors;

/**
 * The simulated VNeID's login page: pick a demo citizen or organisation, or type a citizen's ID number and
 * name, and how VNeID should then answer the portal. No password: it is a simulator. Plain form, no script.
 */
@Controller
@RequestMapping(SimulatorLogin.PAGE)
@ConditionalOnBooleanProperty(name = "motcua.vneid.simulator.enabled", matchIfMissing = true)
class VneidSimulatorLoginPage {

    /** The choice of typing a citizen rather than picking a demo one. */
    static final String TYPED = "TYPED";

    private final MessageSource messages;

    VneidSimulatorLoginPage(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        return page(model, FormErrors.none(), VneidSimulator.PEOPLE.getFirst().idNumber(), null, null,
                Misbehaviour.NONE.name());
    }

    @PostMapping
    String logIn(@RequestParam(required = false) String person, @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) String fullName, @RequestParam(required = false) String misbehaviour,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        Problems problems = new Problems();
        InputLimits.line(problems, "idNumber", idNumber, InputLimits.NAME);
        InputLimits.line(problems, "fullName", fullName, InputLimits.NAME);
        Optional<Misbehaviour> behaviour = Arrays.stream(Misbehaviour.values())
                .filter(m -> m.name().equals(misbehaviour)).findFirst();
        problems.when(behaviour.isEmpty(), "misbehaviour", "vneid.simulator.misbehaviour.unknown");
        Optional<DemoPerson> chosen = problems.isEmpty() ? chosen(person, idNumber, fullName, problems)
                : Optional.empty();
        if (chosen.isEmpty() || behaviour.isEmpty()) {
            return page(model, FormErrors.of(problems, messages, locale), person, idNumber, fullName, misbehaviour);
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SimulatorLogin(chosen.get(), behaviour.get()));
        SecurityContextHolder.setContext(context);
        SimulatorLogin.SESSIONS.saveContext(context, request, response);
        return "redirect:" + back(request, response);
    }

    private static Optional<DemoPerson> chosen(String person, String idNumber, String fullName, Problems problems) {
        if (!TYPED.equals(person)) {
            Optional<DemoPerson> demo = VneidSimulator.person(person);
            problems.when(demo.isEmpty(), "person", "vneid.simulator.person.required");
            return demo;
        }
        try {
            return Optional.of(VneidSimulator.citizen(idNumber, fullName));
        } catch (IllegalArgumentException unusable) {
            problems.add("idNumber", "vneid.simulator.typed.invalid");
            return Optional.empty();
        }
    }

    /** The provider's request that asked for the login; only one of the simulator's own, never elsewhere. */
    private static String back(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = SimulatorLogin.SAVED.getRequest(request, response);
        SimulatorLogin.SAVED.removeRequest(request, response);
        if (saved == null) {
            return SimulatorLogin.PAGE + "?nothingToDo";
        }
        URI asked = URI.create(saved.getRedirectUrl());
        return asked.getRawPath().startsWith(VneidSimulator.PATH + "/")
                ? asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery())
                : SimulatorLogin.PAGE + "?nothingToDo";
    }

    private static String page(Model model, FormErrors errors, String person, String idNumber, String fullName,
            String misbehaviour) {
        model.addAttribute("people", VneidSimulator.PEOPLE);
        model.addAttribute("misbehaviours", Misbehaviour.values());
        model.addAttribute("errors", errors);
        model.addAttribute("person", person);
        model.addAttribute("idNumber", idNumber);
        model.addAttribute("fullName", fullName);
        model.addAttribute("misbehaviour", misbehaviour);
        return "simulator/vneid-login";
    }
}
