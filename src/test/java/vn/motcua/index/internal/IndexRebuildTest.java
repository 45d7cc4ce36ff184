package vn.motcua.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.index.IndexRecompute;

/**
 * A recompute reads every live dossier again and rewrites its facts even when the row already holds
 * that transition: an administrator recomputes after a rule changed, so a row written under the old
 * rule must not survive because its tracking line is current.
 */
@MotcuaIntegrationTest
class IndexRebuildTest {

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndexRecompute recompute;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aRecomputeRewritesALiveDossiersFactsAtTheSameTransition() throws Exception {
        clock.setLocal(LocalDateTime.parse("2036-12-01T08:00"));
        DossierView d = fixtures.receiveNotaryCard("011090003006", "Lê Văn Tính Lại");
        Await.until(() -> status(d.code()) == DossierStatus.RECEIVED.code());
        Map<String, Object> written = row(d.code());
        jdbc.sql("update index_dossier_fact set fees_due_vnd = 1, supplement_count = 3 where code = ?")
                .param(d.code()).update();

        recompute.recomputeFromScratch();

        Map<String, Object> rewritten = row(d.code());
        assertThat(rewritten.get("fees_due_vnd")).isEqualTo(100_000L);
        assertThat(rewritten.get("supplement_count")).isEqualTo(0);
        assertThat(rewritten).usingRecursiveComparison().ignoringFields("updated_at").isEqualTo(written);
    }

    private int status(String code) {
        return jdbc.sql("select coalesce(max(status), 0) from index_dossier_fact where code = ?").param(code)
                .query(Integer.class).single();
    }

    private Map<String, Object> row(String code) {
        return jdbc.sql("select * from index_dossier_fact where code = ?").param(code).query().singleRow();
    }
}
