package vn.motcua.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.index.DossierFacts.ProcedureTraits;

/** The cache keeps at most its capacity, forgetting the version used least recently first. */
class ProcedureTraitsCacheBoundTest {

    private final List<Long> reads = new ArrayList<>();
    private final ProcedureTraitsCache cache = new ProcedureTraitsCache(versionId -> {
        reads.add(versionId);
        return new ProcedureTraits(versionId % 2 == 0, false, true);
    }, 2);

    @Test
    void aVersionIsReadOnceWhileRemembered() {
        assertThat(cache.of(1)).isEqualTo(new ProcedureTraits(false, false, true));
        assertThat(cache.of(1)).isEqualTo(new ProcedureTraits(false, false, true));
        assertThat(cache.of(2)).isEqualTo(new ProcedureTraits(true, false, true));

        assertThat(reads).containsExactly(1L, 2L);
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyUsedVersionIsForgottenAndReadAgain() {
        cache.of(1);
        cache.of(2);
        cache.of(1);
        cache.of(3);
        cache.of(1);
        cache.of(2);

        assertThat(reads).containsExactly(1L, 2L, 3L, 2L);
    }
}
