package vn.motcua.dossier;

import static vn.motcua.dossier.DossierAction.ACCEPT;
import static vn.motcua.dossier.DossierAction.APOLOGISE;
import static vn.motcua.dossier.DossierAction.ASSIGN;
import static vn.motcua.dossier.DossierAction.COMPLETE_STEP;
import static vn.motcua.dossier.DossierAction.MARK_DONE;
import static vn.motcua.dossier.DossierAction.RECEIVE_AT_COUNTER;
import static vn.motcua.dossier.DossierAction.RECORD_PAYMENT;
import static vn.motcua.dossier.DossierAction.REFUSE;
import static vn.motcua.dossier.DossierAction.REQUEST_SUPPLEMENT;
import static vn.motcua.dossier.DossierAction.REQUIRE_PAYMENT;
import static vn.motcua.dossier.DossierAction.RETURN_RESULT;
import static vn.motcua.dossier.DossierAction.SEND_BACK;
import static vn.motcua.dossier.DossierAction.STOP;
import static vn.motcua.dossier.DossierAction.SUBMIT_ONLINE;
import static vn.motcua.dossier.DossierAction.SUPPLEMENT;
import static vn.motcua.dossier.DossierAction.WITHDRAW;
import static vn.motcua.dossier.DossierStatus.DONE;
import static vn.motcua.dossier.DossierStatus.FINANCIAL_OBLIGATION;
import static vn.motcua.dossier.DossierStatus.NEW;
import static vn.motcua.dossier.DossierStatus.PROCESSING;
import static vn.motcua.dossier.DossierStatus.RECEIVED;
import static vn.motcua.dossier.DossierStatus.REFUSED;
import static vn.motcua.dossier.DossierStatus.RETURNED;
import static vn.motcua.dossier.DossierStatus.STOPPED;
import static vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.motcua.dossier.DossierStatus.WITHDRAWN;
import static vn.motcua.dossier.Party.APPLICANT;
import static vn.motcua.dossier.Party.CLERK;
import static vn.motcua.dossier.Party.LEADER;
import static vn.motcua.dossier.Party.RECEPTION;
import static vn.motcua.dossier.Party.SPECIALIST;
import static vn.motcua.dossier.Party.SYSTEM;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.dossier.Transition.Emits;

/**
 * The dossier's life as one table (DOMAIN.md §4): status × action → status, and who may do it.
 * No status is set anywhere but through {@link #transition}. Rules that depend on more than the
 * status (which step, how many supplements, how close the appointment is) are checked by each
 * action's handler after the table allows the action; see {@code docs/adding-an-action.md}.
 */
public final class DossierStateMachine {

    private static final Set<Party> OFFICERS = Set.of(RECEPTION, SPECIALIST, LEADER, CLERK);
    private static final Set<Party> APPLICANT_OR_COUNTER = Set.of(APPLICANT, RECEPTION);

    private static final List<Transition> TABLE = java.util.stream.Stream.of(
            row(null, SUBMIT_ONLINE, NEW, APPLICANT),
            row(null, RECEIVE_AT_COUNTER, RECEIVED, RECEPTION).emitting(Emits.RECEIPT),

            row(NEW, ACCEPT, RECEIVED, RECEPTION).emitting(Emits.RECEIPT),
            row(NEW, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, RECEPTION),
            row(NEW, REFUSE, REFUSED, RECEPTION),
            row(NEW, WITHDRAW, WITHDRAWN, APPLICANT_OR_COUNTER),

            row(RECEIVED, COMPLETE_STEP, PROCESSING, RECEPTION).emitting(Emits.STEP_COMPLETION),
            row(RECEIVED, APOLOGISE, RECEIVED, RECEPTION, LEADER),
            row(RECEIVED, STOP, STOPPED, LEADER),
            row(RECEIVED, WITHDRAW, WITHDRAWN, APPLICANT_OR_COUNTER),

            row(PROCESSING, ASSIGN, PROCESSING, OFFICERS),
            row(PROCESSING, COMPLETE_STEP, PROCESSING, OFFICERS).emitting(Emits.STEP_COMPLETION),
            row(PROCESSING, SEND_BACK, PROCESSING, SPECIALIST, LEADER, CLERK),
            row(PROCESSING, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, SPECIALIST, LEADER),
            row(PROCESSING, REQUIRE_PAYMENT, FINANCIAL_OBLIGATION, SPECIALIST, LEADER),
            row(PROCESSING, APOLOGISE, PROCESSING, SPECIALIST, LEADER),
            row(PROCESSING, STOP, STOPPED, LEADER),
            row(PROCESSING, MARK_DONE, DONE, SPECIALIST, LEADER, CLERK).emitting(Emits.STEP_COMPLETION),
            row(PROCESSING, WITHDRAW, WITHDRAWN, APPLICANT_OR_COUNTER),

            row(SUPPLEMENT_REQUESTED, SUPPLEMENT, null, APPLICANT_OR_COUNTER),
            row(SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN, APPLICANT_OR_COUNTER),
            row(SUPPLEMENT_REQUESTED, STOP, STOPPED, LEADER),

            row(FINANCIAL_OBLIGATION, RECORD_PAYMENT, PROCESSING, SYSTEM),
            row(FINANCIAL_OBLIGATION, APOLOGISE, FINANCIAL_OBLIGATION, SPECIALIST, LEADER),
            row(FINANCIAL_OBLIGATION, STOP, STOPPED, LEADER),
            row(FINANCIAL_OBLIGATION, WITHDRAW, WITHDRAWN, APPLICANT_OR_COUNTER),

            row(DONE, RETURN_RESULT, RETURNED, RECEPTION).emitting(Emits.STEP_COMPLETION))
            .map(Row::transition).toList();

    private DossierStateMachine() {
    }

    /** Every allowed transition, in the order above. */
    public static List<Transition> table() {
        return TABLE;
    }

    /** The row for {@code action} in {@code status} (null for creation), if the table has one. */
    public static Optional<Transition> transition(DossierStatus status, DossierAction action) {
        return TABLE.stream().filter(t -> t.from() == status && t.action() == action).findFirst();
    }

    /** The actions {@code party} may take in {@code status}, in table order. */
    public static List<DossierAction> actionsFor(DossierStatus status, Party party) {
        return TABLE.stream()
                .filter(t -> t.from() == status && t.parties().contains(party))
                .map(Transition::action)
                .toList();
    }

    /** The table as a Mermaid state diagram, for the docs. */
    public static String mermaid() {
        String rows = TABLE.stream().map(DossierStateMachine::mermaidRow).collect(Collectors.joining("\n"));
        String ends = java.util.Arrays.stream(DossierStatus.values()).filter(DossierStatus::closed)
                .map(status -> "    " + status.name() + " --> [*]").collect(Collectors.joining("\n"));
        return "stateDiagram-v2\n" + rows + "\n" + ends + "\n";
    }

    private static String mermaidRow(Transition t) {
        String from = t.creates() ? "[*]" : t.from().name();
        String to = t.resumes() ? "NEW_or_PROCESSING" : t.to().name();
        String parties = t.parties().stream().map(Party::name).sorted().collect(Collectors.joining(", "));
        String emits = switch (t.emits()) {
            case RECEIPT -> " + DossierReceived";
            case STEP_COMPLETION -> " + StepCompleted";
            case STATUS_CHANGE -> "";
        };
        return "    " + from + " --> " + to + " : " + t.action().name() + " (" + parties + ")" + emits;
    }

    private static Row row(DossierStatus from, DossierAction action, DossierStatus to, Party... parties) {
        return new Row(new Transition(from, action, to, Set.of(parties), Emits.STATUS_CHANGE));
    }

    private static Row row(DossierStatus from, DossierAction action, DossierStatus to, Set<Party> parties) {
        return new Row(new Transition(from, action, to, parties, Emits.STATUS_CHANGE));
    }

    /** A row while the table is written: publishes only the status change unless it says otherwise. */
    private record Row(Transition transition) {

        Row emitting(Emits emits) {
            Transition t = transition;
            return new Row(new Transition(t.from(), t.action(), t.to(), t.parties(), emits));
        }
    }
}
