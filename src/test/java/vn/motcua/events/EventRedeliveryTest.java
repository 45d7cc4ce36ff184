package vn.motcua.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.platform.NodeLeases;
import vn.motcua.platform.NotFoundException;
import vn.motcua.web.WebTestSupport;

/**
 * A listener that fails is delivered the event again on the schedule, after 1 minute, then 2 (the
 * defaults), until it succeeds, and never after; administrators see it failing at {@code /admin/events}
 * and have it delivered again now; a delivery that never ended is delivered again once overdue; and only
 * the node holding the work retries. Time is the test clock's, and the schedule runs twice a second.
 */
@MotcuaIntegrationTest
class EventRedeliveryTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The work's name in {@code platform_lease}. */
    private static final String WORK = "events.redelivery";

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired FlakyListener listener;
    @Autowired EventDeliveries deliveries;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired NodeLeases leases;
    @Autowired WebApplicationContext context;

    MockMvc mvc;
    UserDetails admin;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        admin = WebTestSupport.officer(context, "admin");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aFailingListenerIsRetriedAfterOneMinuteThenTwoUntilItSucceedsAndThenNoMore() throws Exception {
        LocalDateTime published = LocalDateTime.parse("2026-06-01T10:00");
        clock.setLocal(published);
        String code = publish(2);
        awaitFailed(code, 1);
        FailingDelivery failing = failingDelivery(code);
        assertThat(failing.nextAttemptAt()).isEqualTo(instant(published.plusMinutes(1)));
        assertThat(failing.lastError()).isEqualTo("java.lang.IllegalStateException: Delivery 1 of " + code + " refused");
        mvc.perform(get("/admin/events").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("FlakyListener.on(FlakyEvent)"),
                        containsString(">FlakyEvent<"), containsString(code), containsString("01/06/2026 10:00:00"),
                        containsString("01/06/2026 10:01:00"), containsString("Delivery 1 of " + code + " refused"),
                        containsString("/admin/events/" + failing.id() + "/retry"))));

        clock.setLocal(published.plusSeconds(59));
        awaitWholeCheck();
        assertThat(attempts(code)).as("not due before its minute").isEqualTo(1);

        clock.setLocal(published.plusMinutes(1));
        awaitFailed(code, 2);
        assertThat(listener.deliveries(code)).isEqualTo(2);
        assertThat(failingDelivery(code).nextAttemptAt()).as("the wait doubles")
                .isEqualTo(instant(published.plusMinutes(1).plusMinutes(2)));

        clock.setLocal(published.plusMinutes(3).minusSeconds(1));
        awaitWholeCheck();
        assertThat(attempts(code)).isEqualTo(2);

        clock.setLocal(published.plusMinutes(3));
        Await.until(() -> completed(code));
        assertThat(listener.deliveries(code)).isEqualTo(3);
        assertThat(deliveries.failing()).noneMatch(d -> code.equals(d.key()));
        Await.until(() -> jdbc.sql("select count(*) from event_redelivery where publication_id = :id")
                .param("id", failing.id()).query(Long.class).single() == 0);

        clock.setLocal(published.plusDays(1));
        awaitWholeCheck();
        assertThat(listener.deliveries(code)).as("a delivery that succeeded is not made again").isEqualTo(3);
    }

    @Test
    void anAdministratorHasAFailedDeliveryMadeAgainNowWithoutWaiting() throws Exception {
        clock.setLocal(LocalDateTime.parse("2026-06-02T14:00"));
        String code = publish(1);
        awaitFailed(code, 1);
        UUID id = failingDelivery(code).id();
        mvc.perform(get("/admin/events").param("lang", "en").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Failing event deliveries"), containsString(code),
                        containsString("Deliver again now"))));

        mvc.perform(post("/admin/events/" + id + "/retry").with(WebTestSupport.formToken()).with(user(admin)))
                .andExpect(redirectedUrl("/admin/events")).andExpect(flash().attribute("retried", true));
        Await.until(() -> completed(code));
        assertThat(listener.deliveries(code)).isEqualTo(2);
        mvc.perform(get("/admin/events").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));

        mvc.perform(post("/admin/events/" + id + "/retry").with(WebTestSupport.formToken()).with(user(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/events/not-a-delivery/retry").with(WebTestSupport.formToken()).with(user(admin)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyAdministratorsSeeAndRetryFailingDeliveries() throws Exception {
        mvc.perform(get("/admin/events")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/events").with(WebTestSupport.as(context, "tiepnhan")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/events/" + UUID.randomUUID() + "/retry").with(WebTestSupport.formToken())
                .with(WebTestSupport.as(context, "tiepnhan"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/events\"")));
    }

    @Test
    void aDeliveryThatNeverEndedIsMadeAgainOnceOverdue() throws Exception {
        LocalDateTime published = LocalDateTime.parse("2026-06-03T09:00");
        clock.setLocal(published);
        String code = "EV-" + UUID.randomUUID();
        // Outside a transaction the registry stores the delivery but never starts it: as when the node
        // that published stopped before delivering.
        events.publishEvent(new FlakyEvent(code, 0));
        assertThat(statusOf(code)).isEqualTo("PUBLISHED");

        Duration interruptedAfter = Duration.ofDays(3650);  // application-test.yml
        clock.setLocal(published.plus(interruptedAfter).minusMinutes(1));
        awaitWholeCheck();
        assertThat(listener.deliveries(code)).isZero();
        assertThat(statusOf(code)).isEqualTo("PUBLISHED");

        clock.setLocal(published.plus(interruptedAfter).plusSeconds(1));
        Await.until(() -> completed(code));
        assertThat(listener.deliveries(code)).isEqualTo(1);
        assertThat(attempts(code)).isEqualTo(2);
    }

    @Test
    void whileAnotherNodeHoldsTheWorkThisOneOnlyRecordsARetryRequest() throws Exception {
        awaitWholeCheck();
        jdbc.sql("update platform_lease set holder = 'another-node', expires_at = clock_timestamp() + interval '1 hour' "
                + "where name = :work").param("work", WORK).update();
        try {
            clock.setLocal(LocalDateTime.parse("2026-06-04T08:00"));
            String code = publish(1);
            awaitFailed(code, 1);
            deliveries.retryNow(failingDelivery(code).id());
            assertThat(attempts(code)).as("this node did not retry").isEqualTo(1);
            assertThat(failingDelivery(code).state()).isEqualTo(FailingDelivery.State.REQUESTED);

            jdbc.sql("update platform_lease set expires_at = clock_timestamp() - interval '1 second' "
                    + "where name = :work").param("work", WORK).update();
            Await.until(() -> completed(code));
            assertThat(listener.deliveries(code)).as("the request was kept for whichever node does the work")
                    .isEqualTo(2);
        } finally {
            jdbc.sql("update platform_lease set expires_at = clock_timestamp() - interval '1 second' "
                    + "where name = :work and holder = 'another-node'").param("work", WORK).update();
        }
        assertThatThrownBy(() -> deliveries.retryNow(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    /** Publishes a {@link FlakyEvent} whose first {@code failures} deliveries fail, in a transaction as a module does. */
    private String publish(int failures) {
        String code = "EV-" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> events.publishEvent(new FlakyEvent(code, failures)));
        return code;
    }

    private void awaitFailed(String code, int attempts) throws InterruptedException {
        Await.until(() -> "FAILED".equals(statusOf(code)) && attempts(code) == attempts);
    }

    /** Waits until this node has started a check after now and then another, so a whole check ran on the time set. */
    private void awaitWholeCheck() throws InterruptedException {
        Instant now = jdbc.sql("select clock_timestamp()").query(Timestamp.class).single().toInstant();
        Await.until(() -> lastCheck().isAfter(now));
        Instant first = lastCheck();
        Await.until(() -> lastCheck().isAfter(first));
    }

    private Instant lastCheck() {
        return jdbc.sql("select acquired_at from platform_lease where name = :work and holder = :node")
                .param("work", WORK).param("node", leases.node()).query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElse(Instant.MIN);
    }

    private FailingDelivery failingDelivery(String code) {
        return deliveries.failing().stream().filter(d -> code.equals(d.key())).findFirst().orElseThrow();
    }

    private String statusOf(String code) {
        return publication(code).status();
    }

    private int attempts(String code) {
        return publication(code).attempts();
    }

    private boolean completed(String code) {
        return publication(code).completed();
    }

    /** The registry's row of the one delivery of {@code code} to {@link FlakyListener}. */
    private Publication publication(String code) {
        return jdbc.sql("""
                select status, completion_attempts, completion_date is not null as completed from event_publication
                where listener_id like '%FlakyListener.on%' and serialized_event::jsonb ->> 'code' = :code""")
                .param("code", code).query((rs, n) -> new Publication(rs.getString("status"),
                        rs.getInt("completion_attempts"), rs.getBoolean("completed"))).single();
    }

    private record Publication(String status, int attempts, boolean completed) {
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(VIETNAM).toInstant();
    }
}
