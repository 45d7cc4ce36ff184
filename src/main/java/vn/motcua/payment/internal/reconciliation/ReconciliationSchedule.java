package vn.motcua.payment.internal.reconciliation;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.payment.SettlementUnavailableException;
import vn.motcua.platform.NodeLeases;

/**
 * Reconciles the day before each morning ({@code motcua.payment.reconciliation.cron}, province time). With
 * several nodes on one database one of them does it ({@link NodeLeases}): the others would only find the
 * same differences. A report the platform does not give is logged; an administrator runs the day again from
 * {@code /admin/reconciliation}.
 */
@Component
class ReconciliationSchedule implements SchedulingConfigurer {

    static final String WORK = "payment.reconciliation";
    /** Longer than a run, shorter than a day: the next morning any node may take it. */
    private static final Duration LEASE = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationSchedule.class);

    private final Reconciler reconciler;
    private final NodeLeases leases;
    private final ReconciliationSettings settings;
    private final ProvinceCalendar calendar;

    ReconciliationSchedule(Reconciler reconciler, NodeLeases leases, ReconciliationSettings settings,
            ProvinceCalendar calendar) {
        this.reconciler = reconciler;
        this.leases = leases;
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(new CronTask(() -> leases.runIfClaimed(WORK, LEASE, this::reconcileYesterday),
                new CronTrigger(settings.cron(), calendar.calendar().workingHours().zone())));
    }

    void reconcileYesterday() {
        try {
            reconciler.run(reconciler.yesterday(), "system");
        } catch (SettlementUnavailableException e) {
            LOG.warn("Daily reconciliation not done: {}", e.getMessage());
        }
    }
}
