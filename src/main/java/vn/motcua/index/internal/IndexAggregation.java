package vn.motcua.index.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.index.DossierFacts;
import vn.motcua.index.ProcedureFacts;
import vn.motcua.index.Tallies;
import vn.motcua.index.internal.DailyTallies.UnitProcedure;

/**
 * Each unit's tallies for a window, without reading the history: the daily tallies of the whole
 * days before the moment judged, plus the dossiers touched on that moment's day up to it (read
 * and classified here), plus the dossiers open at that moment (whose standing depends on it), plus
 * the procedures. Equal, by construction and by test, to classifying every dossier one by one
 * ({@link DossierRules#classify}).
 */
@Component
public class IndexAggregation {

    private final DailyTallies daily;
    private final DossierFactsStore facts;
    private final ProcedureFactsStore procedures;

    IndexAggregation(DailyTallies daily, DossierFactsStore facts, ProcedureFactsStore procedures) {
        this.daily = daily;
        this.facts = facts;
        this.procedures = procedures;
    }

    /** A procedure version and what it counts in the window. */
    public record ProcedureTally(ProcedureFacts procedure, Tallies tallies) {
    }

    /** The tallies of every unit (or of {@code unitOrNull} alone) for the window. */
    public Map<String, Tallies> byUnit(Window window, ProcedureRules procedureRules, String unitOrNull) {
        LocalDateTime asOf = window.asOf();
        Map<String, Tallies> byUnit = new HashMap<>(daily.sum(window.period().from(), wholeDaysEnd(window)));
        List<DossierFacts> today = touchedToday(window, unitOrNull);
        for (DossierFacts dossier : today) {
            add(byUnit, dossier.unit(), today(dossier, window, asOf.toLocalDate().atStartOfDay()));
        }
        for (DossierFacts dossier : facts.openAt(unitOrNull, asOf)) {
            if (DossierRules.handledIn(dossier, window) && !window.happenedBy(dossier.timeline().finishedAt())) {
                add(byUnit, dossier.unit(), DossierRules.asHandled(dossier, DossierRules.onTimeAsOf(dossier, window)));
            }
        }
        for (ProcedureTally version : procedures(window, procedureRules, paidOnline(window, today))) {
            add(byUnit, version.procedure().unit(), version.tallies());
        }
        if (unitOrNull != null) {
            return Map.of(unitOrNull, byUnit.getOrDefault(unitOrNull, Tallies.empty()));
        }
        return byUnit;
    }

    /** Each procedure version of every unit and what it counts in the window. */
    public List<ProcedureTally> procedures(Window window, ProcedureRules rules) {
        return procedures(window, rules, paidOnline(window, touchedToday(window, null)));
    }

    /** Whole days are read from the daily tallies: those of the period before the day judged. */
    private static LocalDate wholeDaysEnd(Window window) {
        return window.closed() ? window.period().to().plusDays(1) : window.asOf().toLocalDate();
    }

    /** The dossiers touched on the day judged, up to the moment judged; none when the period is over. */
    private List<DossierFacts> touchedToday(Window window, String unitOrNull) {
        LocalDate today = window.asOf().toLocalDate();
        if (window.closed() || today.isBefore(window.period().from())) {
            return List.of();
        }
        return facts.touchedBetween(unitOrNull, today.atStartOfDay(), window.asOf());
    }

    /** The procedures of each unit with a dossier paid online that entered handling in the window. */
    private Set<UnitProcedure> paidOnline(Window window, List<DossierFacts> touchedToday) {
        Set<UnitProcedure> paid = new HashSet<>(daily.paidOnline(window.period().from(), wholeDaysEnd(window)));
        LocalDateTime midnight = window.asOf().toLocalDate().atStartOfDay();
        for (DossierFacts dossier : touchedToday) {
            if (DossierRules.receivedIn(dossier, window) && !DossierRules.enteredAt(dossier).isBefore(midnight)
                    && dossier.payment().paidOnline()) {
                paid.add(new UnitProcedure(dossier.unit(), dossier.procedureCode()));
            }
        }
        return paid;
    }

    /** What a dossier adds for what happened to it on the judged day, up to the moment judged. */
    private static Tallies today(DossierFacts dossier, Window window, LocalDateTime midnight) {
        Tallies tallies = Tallies.empty();
        if (DossierRules.receivedIn(dossier, window) && !DossierRules.enteredAt(dossier).isBefore(midnight)) {
            tallies = tallies.plus(DossierRules.onEntry(dossier));
        }
        LocalDateTime result = dossier.timeline().resultAt();
        if (DossierRules.resultIn(dossier, window) && !result.isBefore(midnight)) {
            tallies = tallies.plus(DossierRules.onResult(dossier));
        }
        LocalDateTime finished = dossier.timeline().finishedAt();
        if (DossierRules.handledIn(dossier, window) && window.happenedBy(finished) && !finished.isBefore(midnight)) {
            tallies = tallies.plus(DossierRules.asHandled(dossier, DossierRules.finishedOnTime(dossier)));
        }
        return tallies;
    }

    /**
     * Every announcement counts; a procedure in force counts once per unit, as its latest version
     * in force during the period.
     */
    private List<ProcedureTally> procedures(Window window, ProcedureRules rules, Set<UnitProcedure> paidOnline) {
        Map<UnitProcedure, List<ProcedureFacts>> versions = procedures.all().stream()
                .collect(Collectors.groupingBy(p -> new UnitProcedure(p.unit(), p.code())));
        List<ProcedureTally> tallies = new ArrayList<>();
        versions.forEach((key, list) -> {
            ProcedureFacts latest = list.stream().filter(version -> rules.inForceDuring(version, window))
                    .max(Comparator.comparing(ProcedureFacts::announcedOn).thenComparing(ProcedureFacts::publishedOn))
                    .orElse(null);
            for (ProcedureFacts version : list) {
                ProcedureFacts facts = version.withOnlinePayment(paidOnline.contains(key));
                Tallies counted = rules.announcement(facts, window);
                if (version == latest) {
                    counted = counted.plus(rules.whileInForce(facts, window));
                }
                tallies.add(new ProcedureTally(facts, counted));
            }
        });
        return tallies;
    }

    private static void add(Map<String, Tallies> byUnit, String unit, Tallies tallies) {
        if (!tallies.counted().isEmpty()) {
            byUnit.merge(unit, tallies, Tallies::plus);
        }
    }
}
