package vn.motcua.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.util.StringUtils;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.SupplementItem;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * What an officer sends with an action, from a page form or the JSON API: the dossier version they
 * read and the fields the action needs. Numbers and dates stay text until {@link #command} so that a
 * typo is refused next to its field instead of failing the whole request.
 *
 * @param action the action (JSON only; pages put it in the URL)
 * @param version the {@code lockVersion} read
 * @param note remark (complete step, mark done, accept, record payment, supplement, return)
 * @param reasons refusal or stop reasons
 * @param reason withdraw, send back or apology reason
 * @param items what the applicant must add (request supplement): a component of the dossier by position, or a
 *     new document by name; blank rows are ignored
 * @param answers what was handed in for each item (supplement)
 * @param assignee username (assign)
 * @param toStep step position to go back to (send back)
 * @param amountVnd amount due (require payment)
 * @param description what the amount is for (require payment)
 * @param newAppointment the new appointment, e.g. {@code 2026-03-10T16:00} (apologise)
 * @param method how the result is returned; null keeps the dossier's
 * @param results the result files, uploaded by the caller first (mark done)
 */
public record DossierActionInput(String action, Integer version, String note, String reasons, String reason,
        List<SupplementItem> items, List<SupplementAnswerFields> answers, String assignee, Integer toStep, String amountVnd,
        String description, String newAppointment, ReturnMethod method, List<FileReference> results) {

    public DossierActionInput {
        items = items == null ? List.of() : items;
        answers = answers == null ? List.of() : answers;
        results = results == null ? List.of() : results;
    }

    /** The same input with these result files added, e.g. once a page's upload is stored. */
    public DossierActionInput withResults(List<FileReference> uploaded) {
        List<FileReference> all = new java.util.ArrayList<>(results);
        all.addAll(uploaded);
        return new DossierActionInput(action, version, note, reasons, reason, items, answers, assignee, toStep,
                amountVnd, description, newAppointment, method, all);
    }

    public static DossierActionInput blank() {
        return new DossierActionInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The action named in the JSON body. */
    public DossierAction parsedAction() {
        try {
            return DossierAction.valueOf(action == null ? "" : action.strip());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("action", "officeApi.action.unknown", action == null ? "" : action);
        }
    }

    public int requiredVersion() {
        if (version == null) {
            throw new UserInputException("version", "officeApi.version.required");
        }
        return version;
    }

    /** The dossier module's command for {@code action} with these fields. */
    public DossierCommand command(DossierAction action) {
        checkLimits();
        return switch (action) {
            case ACCEPT -> new DossierCommand.Accept(note);
            case REQUEST_SUPPLEMENT -> new DossierCommand.RequestSupplement(items.stream()
                    .filter(i -> i != null && (StringUtils.hasText(i.reason()) || StringUtils.hasText(i.name())))
                    .toList());
            case SUPPLEMENT -> new DossierCommand.Supplement(answers.stream().filter(a -> a != null)
                    .map(SupplementAnswerFields::toAnswer).toList(), note);
            case REFUSE -> new DossierCommand.Refuse(reasons);
            case WITHDRAW -> new DossierCommand.Withdraw(reason);
            case ASSIGN -> new DossierCommand.Assign(assignee);
            case COMPLETE_STEP -> new DossierCommand.CompleteStep(note);
            case SEND_BACK -> new DossierCommand.SendBack(toStep == null ? 0 : toStep, reason);
            case REQUIRE_PAYMENT -> new DossierCommand.RequirePayment(amount(), description);
            case RECORD_PAYMENT -> new DossierCommand.RecordPayment(note);
            case APOLOGISE -> new DossierCommand.Apologise(reason, appointment());
            case STOP -> new DossierCommand.Stop(reasons);
            case MARK_DONE -> new DossierCommand.MarkDone(note,
                    FileReference.toAttached(results.stream().filter(f -> f != null).toList()));
            case RETURN_RESULT -> new DossierCommand.ReturnResult(method, note);
            case SUBMIT_ONLINE, RECEIVE_AT_COUNTER ->
                    throw new UserInputException("action", "officeApi.action.unknown", action.name());
        };
    }

    /** Every text and list within {@link InputLimits}, whichever action uses it. */
    private void checkLimits() {
        Problems problems = new Problems();
        InputLimits.multiline(problems, "note", note, InputLimits.REASON);
        InputLimits.multiline(problems, "reasons", reasons, InputLimits.REASON);
        InputLimits.multiline(problems, "reason", reason, InputLimits.REASON);
        InputLimits.multiline(problems, "description", description, InputLimits.REASON);
        InputLimits.line(problems, "assignee", assignee, InputLimits.NAME);
        InputLimits.line(problems, "amountVnd", amountVnd, InputLimits.NAME);
        InputLimits.line(problems, "newAppointment", newAppointment, InputLimits.NAME);
        InputLimits.list(problems, "items", items, InputLimits.LIST);
        InputLimits.list(problems, "answers", answers, InputLimits.LIST);
        InputLimits.list(problems, "results", results, InputLimits.LIST);
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i) != null) {
                answers.get(i).checkLimits(problems, "answers[" + i + "].");
            }
        }
        items.stream().filter(i -> i != null).forEach(i -> {
            InputLimits.line(problems, "items", i.name(), InputLimits.NAME);
            InputLimits.multiline(problems, "items", i.reason(), InputLimits.REASON);
        });
        problems.throwIfAny();
    }

    private long amount() {
        long amount;
        try {
            amount = Long.parseLong(amountVnd == null ? "" : amountVnd.strip().replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UserInputException("amountVnd", "dossier.payment.amount");
        }
        InputLimits.requireAmount("amountVnd", amount);
        return amount;
    }

    private LocalDateTime appointment() {
        try {
            return StringUtils.hasText(newAppointment) ? LocalDateTime.parse(newAppointment.strip()) : null;
        } catch (DateTimeParseException e) {
            throw new UserInputException("newAppointment", "dossier.apology.newDate");
        }
    }
}
