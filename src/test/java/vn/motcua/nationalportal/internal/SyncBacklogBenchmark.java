package vn.motcua.nationalportal.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.load.BenchmarkApplication;
import vn.motcua.nationalportal.NationalPortalSimulator;
import vn.motcua.nationalportal.PortalSimulatorMode;

/**
 * The national portal sync under load (not part of the test run; {@code bin/sync-benchmark [changes]}):
 * <ol>
 * <li>the cost one status change adds to a transition: the outbox listener's work (the portal's messages
 *     and the row) in a transaction, against the same transaction without it, p50/p99 and mean;
 * <li>a backlog of {@code changes} (default 100,000: 5 per dossier) left by an outage: the portal comes back
 *     and the senders deliver it; printed: changes delivered per second, and the time until the portal is
 *     current (nothing left to send), with the count of entries the portal received twice (must be 0).
 * </ol>
 */
public final class SyncBacklogBenchmark {

    private static final int CHANGES_PER_DOSSIER = 5;
    private static final int COST_SAMPLES = 3000;
    private static final int BATCH = 1000;

    private final StatusChangeRecorder recorder;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final NationalPortalSimulator simulator;

    private SyncBacklogBenchmark(ConfigurableApplicationContext app) {
        recorder = app.getBean(StatusChangeRecorder.class);
        transactions = app.getBean(TransactionTemplate.class);
        jdbc = app.getBean(JdbcClient.class);
        simulator = app.getBean(NationalPortalSimulator.class);
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // Sends as soon as due; a dossier tried during the outage is not tried again before the benchmark ends it.
        try (ConfigurableApplicationContext app = BenchmarkApplication.start("sync-benchmark",
                "--motcua.national-portal.send-interval=PT0.2S", "--motcua.national-portal.retry-first=PT1H")) {
            new SyncBacklogBenchmark(app).run(changes);
        }
    }

    private void run(int changes) throws InterruptedException {
        simulator.setMode(PortalSimulatorMode.DOWN);
        costPerChange();
        int dossiers = changes / CHANGES_PER_DOSSIER;
        long t0 = System.nanoTime();
        for (int first = 0; first < dossiers; first += BATCH / CHANGES_PER_DOSSIER) {
            int from = first;
            transactions.executeWithoutResult(tx -> {
                for (int d = from; d < Math.min(dossiers, from + BATCH / CHANGES_PER_DOSSIER); d++) {
                    for (int seq = 1; seq <= CHANGES_PER_DOSSIER; seq++) {
                        recorder.on(change("BL-" + d, seq));
                    }
                }
            });
        }
        System.out.printf("Backlog: %d changes of %d dossiers written in %.1f s%n", dossiers * CHANGES_PER_DOSSIER,
                dossiers, (System.nanoTime() - t0) / 1e9);
        // The outage ends: every change due now, the portal up.
        jdbc.sql("update national_portal_outbox set next_attempt_at = now(), attempts = 0 where state = 'PENDING'")
                .update();
        long start = System.nanoTime();
        simulator.setMode(PortalSimulatorMode.UP);
        long left;
        do {
            Thread.sleep(500);
            left = jdbc.sql("select count(*) from national_portal_outbox where state <> 'DELIVERED'")
                    .query(Long.class).single();
        } while (left > 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        long delivered = jdbc.sql("select count(*) from national_portal_outbox where dossier_code like 'BL-%'")
                .query(Long.class).single();
        System.out.printf("Portal back: %d changes delivered in %.1f s = %.0f changes/s; the portal is current "
                + "after %.1f s%n", delivered, seconds, delivered / seconds, seconds);
        System.out.printf("Entries received twice by the portal (of the dossiers it still holds): %d%n",
                twiceReceived(dossiers));
    }

    /** The listener's work in a transaction against an empty one, per change. */
    private void costPerChange() {
        long[] with = new long[COST_SAMPLES];
        long[] without = new long[COST_SAMPLES];
        for (int i = 0; i < COST_SAMPLES; i++) {
            DossierStatusChanged change = change("COST-" + i, 1);
            long t0 = System.nanoTime();
            transactions.executeWithoutResult(tx -> jdbc.sql("select 1").query(Integer.class).single());
            without[i] = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            transactions.executeWithoutResult(tx -> {
                jdbc.sql("select 1").query(Integer.class).single();
                recorder.on(change);
            });
            with[i] = System.nanoTime() - t1;
        }
        Arrays.sort(with);
        Arrays.sort(without);
        System.out.printf("Cost of one status change in its transaction (%d samples): p50 %.3f ms, p99 %.3f ms "
                        + "(a transaction without it: p50 %.3f ms); mean added %.3f ms%n", COST_SAMPLES,
                ms(with[COST_SAMPLES / 2]), ms(with[COST_SAMPLES * 99 / 100]), ms(without[COST_SAMPLES / 2]),
                (Arrays.stream(with).average().orElse(0) - Arrays.stream(without).average().orElse(0)) / 1e6);
        jdbc.sql("delete from national_portal_outbox where dossier_code like 'COST-%'").update();
    }

    private long twiceReceived(int dossiers) {
        long twice = 0;
        for (int d = 0; d < dossiers; d++) {
            twice += simulator.held("BL-" + d).map(h -> h.receipts().stream().filter(n -> n > 1).count()).orElse(0L);
        }
        return twice;
    }

    private static DossierStatusChanged change(String code, int seq) {
        LocalDateTime at = LocalDateTime.of(2030, 5, 6, 8, 0).plusMinutes(seq);
        DossierStatus status = seq == 1 ? DossierStatus.RECEIVED : DossierStatus.PROCESSING;
        return new DossierStatusChanged(code, "1.013859", 1, Channel.COUNTER, "011090001234", ApplicantType.CITIZEN,
                "000.00.01.H18", "000.00.02.H18", seq == 1 ? DossierAction.RECEIVE_AT_COUNTER
                : DossierAction.COMPLETE_STEP, seq == 1 ? null : DossierStatus.PROCESSING, status, "tiepnhan",
                "000.00.01.H18", Instant.parse("2030-05-06T01:00:00Z").plusSeconds(60L * seq), seq,
                new DossierStatusChanged.Moments(at, at, at.plusDays(5), null, null, 0, 0),
                new DossierStatusChanged.Digitisation(true, true, false, false));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
