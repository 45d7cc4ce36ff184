package vn.motcua.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.payment.PaymentPlatformSimulator;
import vn.motcua.payment.Payments;

/**
 * A burst of online payments completing at once, each with its callback sent twice at the same moment
 * (not part of the test run). N dossiers of procedure 1.013859 wait for a financial obligation; each gets
 * its order through the simulated platform over HTTP; then {@code workers} payers pay at once, the
 * simulator posting both callbacks of each payment concurrently to the province. Prints payments per
 * second and the latency of a payment (both callbacks answered) at p50/p95/p99, then counts double effects
 * once the listeners are done: dossiers with more than one RECORD_PAYMENT line, references with more than
 * one PaymentSucceeded, overpayments; each must be 0. Usage: {@code bin/payment-benchmark [payments] [workers]}.
 */
public final class PaymentBurstBenchmark {

    private static final String CARD = "1.013859";

    private final DossierHandling handling;
    private final Payments payments;
    private final PaymentPlatformSimulator platform;
    private final JdbcClient jdbc;
    private final Actor reception;
    private final Actor specialist;

    private PaymentBurstBenchmark(ConfigurableApplicationContext app) {
        handling = app.getBean(DossierHandling.class);
        payments = app.getBean(Payments.class);
        platform = app.getBean(PaymentPlatformSimulator.class);
        jdbc = app.getBean(JdbcClient.class);
        UserDetailsService accounts = app.getBean(UserDetailsService.class);
        reception = Actor.of((OfficerPrincipal) accounts.loadUserByUsername("tiepnhan"));
        specialist = Actor.of((OfficerPrincipal) accounts.loadUserByUsername("chuyenvien.tuphap"));
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        try (ConfigurableApplicationContext app = BenchmarkApplication.start("payment-benchmark")) {
            new PaymentBurstBenchmark(app).run(count, workers);
        }
    }

    private void run(int count, int workers) throws Exception {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DossierView d = waitingForObligation(i);
            String payerPage = payments.startOnline(d.code(), "127.0.0.1", d.applicant().idNumber());
            references.add(payerPage.substring(payerPage.lastIndexOf('/') + 1));
        }
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> done = new ArrayList<>();
            for (String reference : references) {
                done.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    platform.decide(reference, "970436", "NGUYEN VAN A", PaymentPlatformSimulator.Outcome.PAY,
                            PaymentPlatformSimulator.Misbehaviour.CALLBACK_TWICE).orElseThrow();
                    latencies.record(System.nanoTime() - t0);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        awaitListeners(Duration.ofMinutes(5));
        System.out.printf("Online payment burst: %d payments, %d payers at once, 2 callbacks each%n", count, workers);
        System.out.printf("%.1f payments/s (%.2f s)%n", count / seconds, seconds);
        System.out.println(Latencies.header());
        System.out.println(latencies.row());
        long succeeded = jdbc.sql("select count(*) from payment_attempt where state = 'SUCCEEDED'").query(Long.class)
                .single();
        long moved = jdbc.sql("select count(*) from dossier_tracking where action = 'RECORD_PAYMENT'").query(Long.class)
                .single();
        long twiceMoved = jdbc.sql("""
                select count(*) from (select dossier_id from dossier_tracking where action = 'RECORD_PAYMENT'
                    group by dossier_id having count(*) > 1) x""").query(Long.class).single();
        long twicePublished = jdbc.sql("""
                select count(*) from (select serialized_event::jsonb ->> 'reference' from event_publication
                    where event_type like '%PaymentSucceeded' and listener_id like '%DossierSettlement%'
                    group by 1 having count(*) > 1) x""").query(Long.class).single();
        long overpaid = jdbc.sql("select count(*) from payment_attempt where overpaid_vnd > 0").query(Long.class)
                .single();
        System.out.printf("succeeded %d, dossiers moved %d%n", succeeded, moved);
        System.out.printf("double effects: %d (dossiers moved twice %d, successes published twice %d, overpaid %d)%n",
                twiceMoved + twicePublished + overpaid, twiceMoved, twicePublished, overpaid);
    }

    private DossierView waitingForObligation(int i) {
        String id = "0110%08d".formatted(70_000_000 + i);
        DossierView d = handling.receiveAtCounter(reception, new CounterReception(CARD, Channel.COUNTER,
                new Applicant(ApplicantType.CITIZEN, id, "Người nộp " + i, "0912345678", null, "Điện Biên"), null,
                null, List.of(new ComponentInput("Đơn đề nghị", 1, 0, true, false, false, List.of())),
                ReturnMethod.COUNTER, null, null, null));
        d = handling.handle(reception, d.code(), d.lockVersion(), new DossierCommand.CompleteStep("Chuyển"));
        return handling.handle(specialist, d.code(), d.lockVersion(),
                new DossierCommand.RequirePayment(50_000, "Lệ phí bổ sung"));
    }

    private void awaitListeners(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && jdbc.sql("select count(*) from event_publication "
                + "where completion_date is null").query(Long.class).single() > 0) {
            Thread.sleep(200);
        }
    }
}
