package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Party;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.Role;
import vn.motcua.platform.UserInputException;

/**
 * A dossier built by hand, without the database: received at a one-stop centre, handled by a department
 * along a five-step internal process (reception, appraisal, approval, seal, return), and the officers of
 * both units. Each step's deadline is written here, so the tests state outcomes against it.
 */
final class HandlerFixtures {

    static final String RECEIVING = "000.00.12.H56";
    static final String COMPETENT = "000.00.31.H56";
    static final String OTHER_UNIT = "000.00.40.H56";

    static final String[] STEP_NAMES = {"Tiếp nhận", "Thẩm định", "Phê duyệt", "Đóng dấu", "Trả kết quả"};
    static final Role[] STEP_ROLES = {Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.CLERK, Role.RECEPTION};
    static final String[] STEP_UNITS = {RECEIVING, COMPETENT, COMPETENT, COMPETENT, RECEIVING};
    static final LocalDateTime[] DEADLINES = {
        LocalDateTime.of(2026, 3, 2, 17, 0),
        LocalDateTime.of(2026, 3, 5, 10, 0),
        LocalDateTime.of(2026, 3, 6, 15, 0),
        LocalDateTime.of(2026, 3, 9, 11, 30),
        LocalDateTime.of(2026, 3, 10, 17, 0),
    };
    static final LocalDateTime RECEIVED_AT = LocalDateTime.of(2026, 3, 2, 8, 15);

    static final Actor RECEPTIONIST = new Actor("lan.nt", "Nguyễn Thị Lan", Party.RECEPTION, RECEIVING);
    static final Actor SPECIALIST = new Actor("hung.pv", "Phạm Văn Hùng", Party.SPECIALIST, COMPETENT);
    static final Actor LEADER = new Actor("minh.tq", "Trần Quang Minh", Party.LEADER, COMPETENT);
    static final Actor CLERK = new Actor("ha.lt", "Lê Thu Hà", Party.CLERK, COMPETENT);
    static final Actor APPLICANT = Actor.applicant("001203004567", "Đỗ Văn An");
    static final Actor PAYMENT_PLATFORM = Actor.system("payment-platform", "Nền tảng thanh toán quốc gia");

    /** The officer whose role and unit the step at {@code position} names. */
    static final Actor[] HOLDERS = {RECEPTIONIST, SPECIALIST, LEADER, CLERK, RECEPTIONIST};

    private HandlerFixtures() {
    }

    /** A dossier submitted online, not yet checked: no step started. */
    static Dossier newDossier() {
        Dossier d = new Dossier();
        d.code = "000.00.12.H56-260302-0007";
        d.status = DossierStatus.NEW;
        d.receivingUnit = RECEIVING;
        d.competentUnit = COMPETENT;
        d.returnMethod = ReturnMethod.COUNTER;
        d.steps = new ArrayList<>(List.of(step(1, null, null), step(2, null, null), step(3, null, null),
                step(4, null, null), step(5, null, null)));
        return d;
    }

    /**
     * A dossier at the step {@code position}, started the morning after the previous one's deadline, the
     * steps before it finished; unassigned. Status: received at step 1, done at the last step, else processing.
     */
    static Dossier atStep(int position) {
        Dossier d = newDossier();
        d.receivedAt = RECEIVED_AT;
        for (int p = 1; p <= position; p++) {
            LocalDateTime started = p == 1 ? RECEIVED_AT : DEADLINES[p - 2].withHour(7).plusDays(1);
            d.steps.set(p - 1, step(p, started, p < position ? DEADLINES[p - 1].minusHours(1) : null));
        }
        d.status = position == 1 ? DossierStatus.RECEIVED
                : position == STEP_NAMES.length ? DossierStatus.DONE : DossierStatus.PROCESSING;
        d.currentStep = position;
        d.currentUnit = STEP_UNITS[position - 1];
        d.currentDeadline = DEADLINES[position - 1];
        return d;
    }

    static DossierView.Step step(int position, LocalDateTime startedAt, LocalDateTime completedAt) {
        return new DossierView.Step(position, STEP_NAMES[position - 1], STEP_ROLES[position - 1],
                STEP_UNITS[position - 1], 20, DEADLINES[position - 1], startedAt, completedAt);
    }

    /** What the handler sees while checking: the dossier still shows its status. */
    static ActionContext checking(Dossier d, Actor actor, DossierAction action, LocalDateTime now) {
        return new ActionContext(d, actor, action, d.status, now);
    }

    /** What the handler sees while applying: the pipeline has set the status the table row leads to. */
    static ActionContext applying(Dossier d, Actor actor, DossierAction action, DossierStatus to, LocalDateTime now) {
        DossierStatus before = d.status;
        d.status = to;
        return new ActionContext(d, actor, action, before, now);
    }

    /** The refusal {@code call} throws: no field, the message key given. */
    static ActionRefusedException refused(ThrowableAssert.ThrowingCallable call, String messageKey) {
        ActionRefusedException e = catchThrowableOfType(ActionRefusedException.class, call);
        assertThat(e).as("refused with " + messageKey).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isNull();
            assertThat(p.messageKey()).isEqualTo(messageKey);
        });
        return e;
    }

    /** The input error {@code call} throws: one problem, under {@code field}, with the message key given. */
    static UserInputException.Problem invalid(ThrowableAssert.ThrowingCallable call, String field,
            String messageKey) {
        UserInputException e = catchThrowableOfType(UserInputException.class, call);
        assertThat(e).as(field + " refused with " + messageKey).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.messageKey()).isEqualTo(messageKey);
        });
        return e.problems().getFirst();
    }
}
