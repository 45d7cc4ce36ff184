package vn.motcua.index.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.feedback.FeedbackItems;
import vn.motcua.feedback.Ratings;
import vn.motcua.feedback.Satisfaction;

/** The steps of a recompute from scratch (see {@code IndexRecompute}). */
@Component
public class IndexRebuild {

    private final Catalog catalog;
    private final DossierQueries dossiers;
    private final Ratings ratings;
    private final FeedbackItems feedback;
    private final FactSources sources;
    private final DossierFactsWriter writer;
    private final ProcedureFactsStore procedureFacts;
    private final DossierFactsStore facts;
    private final DailyTallies tallies;
    private final JdbcTemplate jdbc;

    IndexRebuild(Catalog catalog, DossierQueries dossiers, Ratings ratings, FeedbackItems feedback, FactSources sources,
                 DossierFactsWriter writer, ProcedureFactsStore procedureFacts, DossierFactsStore facts,
                 DailyTallies tallies, JdbcTemplate jdbc) {
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.feedback = feedback;
        this.sources = sources;
        this.writer = writer;
        this.procedureFacts = procedureFacts;
        this.facts = facts;
        this.tallies = tallies;
        this.jdbc = jdbc;
    }

    /** Every procedure's facts from the catalog, in one transaction. */
    @Transactional
    public int procedures() {
        procedureFacts.clear();
        List<String> codes = catalog.codes();
        codes.forEach(sources::refreshProcedure);
        return codes.size();
    }

    /**
     * Every live dossier's facts from its current state, read again, its rating and the complaints
     * naming it, one dossier per transaction, as the listeners write them.
     */
    public int liveDossiers() {
        List<String> codes = dossiers.allCodes();
        for (String code : codes) {
            sources.currentState(code).ifPresent(
                    state -> writer.rewriteCurrent(sources.current(state), state.trackingSeq()));
            ratings.of(code).ifPresent(rating -> writer.rated(code, rating.satisfaction() == Satisfaction.DISSATISFIED));
        }
        feedback.dossiersComplainedAbout().forEach(writer::complainedAbout);
        return codes.size();
    }

    /**
     * The daily tallies summed again from every dossier's facts. The tallies are locked first, so a
     * writer either committed before (its facts are read here) or adds its difference after, to
     * the rebuilt tallies.
     */
    @Transactional
    public long tallies() {
        jdbc.execute("lock table index_daily_tally, index_daily_online_payment in exclusive mode");
        tallies.clear();
        DailyContributions sums = new DailyContributions();
        long[] count = {0};
        facts.forEach(dossier -> {
            sums.add(dossier, 1);
            count[0]++;
        });
        tallies.add(sums);
        return count[0];
    }
}
