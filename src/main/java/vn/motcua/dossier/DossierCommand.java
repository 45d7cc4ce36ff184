package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An action on an existing dossier with what it needs. One record per row group of
 * {@link DossierStateMachine}; {@link DossierHandling#handle} runs them all the same way.
 */
public sealed interface DossierCommand {

    /** The row group of the table this command belongs to. */
    default DossierAction action() {
        return switch (this) {
            case Accept c -> DossierAction.ACCEPT;
            case RequestSupplement c -> DossierAction.REQUEST_SUPPLEMENT;
            case Supplement c -> DossierAction.SUPPLEMENT;
            case Refuse c -> DossierAction.REFUSE;
            case Withdraw c -> DossierAction.WITHDRAW;
            case Assign c -> DossierAction.ASSIGN;
            case CompleteStep c -> DossierAction.COMPLETE_STEP;
            case SendBack c -> DossierAction.SEND_BACK;
            case RequirePayment c -> DossierAction.REQUIRE_PAYMENT;
            case RecordPayment c -> DossierAction.RECORD_PAYMENT;
            case Apologise c -> DossierAction.APOLOGISE;
            case Stop c -> DossierAction.STOP;
            case MarkDone c -> DossierAction.MARK_DONE;
            case ReturnResult c -> DossierAction.RETURN_RESULT;
        };
    }

    /** Reception accepts an online dossier as complete and issues the receipt. */
    record Accept(String note) implements DossierCommand {
    }

    /** Everything missing, listed at once. */
    record RequestSupplement(List<SupplementItem> items) implements DossierCommand {
        public RequestSupplement {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** What the applicant brought or uploaded in answer: one answer for each item of the open request. */
    record Supplement(List<SupplementAnswer> answers, String note) implements DossierCommand {
        public Supplement {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    record Refuse(String reasons) implements DossierCommand {
    }

    record Withdraw(String reason) implements DossierCommand {
    }

    /** Hands the current step to one officer of its unit (who may be the actor). */
    record Assign(String assignee) implements DossierCommand {
    }

    record CompleteStep(String note) implements DossierCommand {
    }

    /** Back to an earlier step (1-based position), with the reason. */
    record SendBack(int toStep, String reason) implements DossierCommand {
    }

    record RequirePayment(long amountVnd, String description) implements DossierCommand {
    }

    record RecordPayment(String note) implements DossierCommand {
    }

    /** Why the dossier will be late and the new appointment (local time). */
    record Apologise(String reason, LocalDateTime newAppointment) implements DossierCommand {
    }

    record Stop(String reasons) implements DossierCommand {
    }

    /**
     * The result is ready: the hand-over to the last step, with the result files (kết quả giải quyết),
     * each recorded as {@code {dossier code}-KQ{n}}. None for a paper-only result; at least one when
     * the result is returned electronically.
     */
    record MarkDone(String note, List<AttachedFile> results) implements DossierCommand {
        public MarkDone {
            results = results == null ? List.of() : List.copyOf(results);
        }

        /** A paper result: no file. */
        public MarkDone(String note) {
            this(note, List.of());
        }
    }

    record ReturnResult(ReturnMethod method, String note) implements DossierCommand {
    }
}
