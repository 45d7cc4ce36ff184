package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;

@MotcuaIntegrationTest
class DossierEventsTest {

    @Autowired
    DossierHandling handling;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    DossierEventRecorder recorder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    Actor reception() {
        return fixtures.officer("tiepnhan");
    }

    DossierView receive() {
        return fixtures.receiveNotaryCard("011090001236", "Lò Văn Sự");
    }

    @Test
    void everyTransitionIsPublishedThroughThePersistedRegistryWithWhatAListenerNeeds() throws Exception {
        DossierView d = receive();
        d = handling.handle(reception(), d.code(), d.lockVersion(), new DossierCommand.CompleteStep(null));
        String code = d.code();

        Await.until(() -> recorder.changesOf(code).size() == 2);
        assertThat(recorder.changesOf(code))
                .extracting(DossierStatusChanged::action, DossierStatusChanged::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DossierAction.RECEIVE_AT_COUNTER,
                        DossierStatus.RECEIVED), org.assertj.core.groups.Tuple.tuple(DossierAction.COMPLETE_STEP,
                        DossierStatus.PROCESSING));
        assertThat(recorder.changesOf(code)).allSatisfy(e -> {
            assertThat(e.procedureCode()).isEqualTo("1.013859");
            assertThat(e.appointment()).isNotNull();
            assertThat(e.receivingUnit()).isEqualTo("000.00.01.H18");
        });
        Await.until(() -> jdbc.sql("select count(*) from event_publication where serialized_event like ? "
                        + "and completion_date is not null").param("%" + code + "%").query(Long.class).single() >= 2);
    }

    @Test
    void officersReceivingAtTheSameSecondGetDistinctConsecutiveCodes() throws Exception {
        clock.setLocal(LocalDateTime.parse("2026-05-05T09:00"));
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<DossierView>> receptions = java.util.stream.IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(this::receive)).toList();
            Set<String> codes = ConcurrentHashMap.newKeySet();
            for (Future<DossierView> reception : receptions) {
                codes.add(reception.get().code());
            }
            assertThat(codes).hasSize(16).allMatch(c -> c.startsWith("000.00.01.H18-260505-"));
            assertThat(codes.stream().map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1))))
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 16).boxed()
                            .toList());
        }
    }
}
