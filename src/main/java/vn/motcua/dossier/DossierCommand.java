package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An action on an existing dossier with what it needs. One record per row group of
 * {@link DossierStateMachine}; {@link DossierHandling#handle} runs them all the same way.
 */
public sealed interface DossierCommand {

    DossierAction action();

    /** Reception accepts an online dossier as complete and issues the receipt. */
    record Accept(String note) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.ACCEPT;
        }
    }

    /** Everything missing, listed at once. */
    record RequestSupplement(List<SupplementItem> items) implements DossierCommand {
        public RequestSupplement {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public DossierAction action() {
            return DossierAction.REQUEST_SUPPLEMENT;
        }
    }

    /** What the applicant brought or uploaded in answer. */
    record Supplement(List<ComponentInput> added, String note) implements DossierCommand {
        public Supplement {
            added = added == null ? List.of() : List.copyOf(added);
        }

        public DossierAction action() {
            return DossierAction.SUPPLEMENT;
        }
    }

    record Refuse(String reasons) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.REFUSE;
        }
    }

    record Withdraw(String reason) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.WITHDRAW;
        }
    }

    /** Hands the current step to one officer of its unit (who may be the actor). */
    record Assign(String assignee) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.ASSIGN;
        }
    }

    record CompleteStep(String note) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.COMPLETE_STEP;
        }
    }

    /** Back to an earlier step (1-based position), with the reason. */
    record SendBack(int toStep, String reason) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.SEND_BACK;
        }
    }

    record RequirePayment(long amountVnd, String description) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.REQUIRE_PAYMENT;
        }
    }

    record RecordPayment(String note) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.RECORD_PAYMENT;
        }
    }

    /** Why the dossier will be late and the new appointment (local time). */
    record Apologise(String reason, LocalDateTime newAppointment) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.APOLOGISE;
        }
    }

    record Stop(String reasons) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.STOP;
        }
    }

    record MarkDone(String note) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.MARK_DONE;
        }
    }

    record ReturnResult(ReturnMethod method, String note) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.RETURN_RESULT;
        }
    }
}
