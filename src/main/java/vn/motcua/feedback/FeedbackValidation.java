package vn.motcua.feedback;

import org.springframework.stereotype.Component;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/** The limits of what a sender or an officer types, each past its limit a clear refusal. */
@Component
class FeedbackValidation {

    /** Longest content, question, reasons, answer or information: a long letter, not a book. */
    static final int TEXT_MAX = 10_000;
    /** Longest dossier or procedure code accepted (the columns' width). */
    static final int CODE_MAX = 64;

    private final FeedbackRouting routing;

    FeedbackValidation(FeedbackRouting routing) {
        this.routing = routing;
    }

    void check(FeedbackFiling form) {
        Problems problems = new Problems()
                .when(form.kind() == null, "kind", "feedback.kind.required")
                .when(blank(form.title()), "title", "feedback.title.required")
                .when(blank(form.content()), "content", "feedback.content.required")
                .when(blank(form.senderName()), "senderName", "feedback.senderName.required");
        InputLimits.line(problems, "title", form.title(), InputLimits.TITLE);
        InputLimits.multiline(problems, "content", form.content(), TEXT_MAX);
        InputLimits.line(problems, "senderName", form.senderName(), InputLimits.NAME);
        InputLimits.line(problems, "senderContact", form.senderContact(), InputLimits.CONTACT);
        InputLimits.line(problems, "dossierCode", form.dossierCode(), CODE_MAX);
        InputLimits.line(problems, "procedureCode", form.procedureCode(), CODE_MAX);
        problems.throwIfAny();
        new Problems()
                .when(!blank(form.dossierCode()) && !routing.dossierExists(form.dossierCode().strip()), "dossierCode",
                        "feedback.dossier.unknown")
                .when(!blank(form.procedureCode()) && !routing.procedureExists(form.procedureCode().strip()),
                        "procedureCode", "feedback.procedure.unknown")
                .throwIfAny();
    }

    /** The text an action needs: present and within {@link #TEXT_MAX}. */
    void text(String field, FeedbackAction action, String text) {
        Problems problems = new Problems().when(blank(text), field, "feedback.text.required." + action.name());
        InputLimits.multiline(problems, field, text, TEXT_MAX).throwIfAny();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
