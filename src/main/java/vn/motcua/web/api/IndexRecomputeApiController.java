package vn.motcua.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.index.IndexRecompute;
import vn.motcua.web.IndexRecomputeJob;

/** Recompute the index from scratch, for an administrator's script; waits for the end. */
@RestController
@Tag(name = "Index")
class IndexRecomputeApiController {

    private final IndexRecomputeJob job;

    IndexRecomputeApiController(IndexRecomputeJob job) {
        this.job = job;
    }

    @PostMapping("/api/v1/index/recompute")
    @Operation(summary = "Recompute the index from scratch (administrators)",
            description = "Reads every live dossier and procedure again and sums the daily tallies again; answers "
                    + "when done (after a recompute already running, if any).")
    RecomputedJson recompute(Principal administrator) throws InterruptedException {
        return RecomputedJson.of(job.runAndWait(administrator.getName()));
    }

    /**
     * @param procedures procedures read again from the catalog
     * @param liveDossiers dossiers read again from the dossier module
     * @param dossiers dossiers (live and imported) whose tallies were summed again
     * @param tookMillis how long it took, in milliseconds
     */
    record RecomputedJson(int procedures, int liveDossiers, long dossiers, long tookMillis) {

        static RecomputedJson of(IndexRecompute.Recomputed recomputed) {
            return new RecomputedJson(recomputed.procedures(), recomputed.liveDossiers(), recomputed.dossiers(),
                    recomputed.took().toMillis());
        }
    }
}
