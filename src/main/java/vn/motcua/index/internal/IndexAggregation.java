package vn.motcua.index.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
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

    /** The tallies of every unit (or of {@code unitOrNull} alone) for the window. */
    public Map<String, Tallies> byUnit(Window window, ProcedureRules procedureRules, String unitOrNull) {
        LocalDateTime asOf = window.asOf();
        LocalDate today = asOf.toLocalDate();
        LocalDate wholeDaysEnd = window.closed() ? window.period().to().plusDays(1) : today;
        Map<String, Tallies> byUnit = new HashMap<>(daily.sum(window.period().from(), wholeDaysEnd));
        Set<UnitProcedure> paidOnline = new HashSet<>(daily.paidOnline(window.period().from(), wholeDaysEnd));
        if (!window.closed() && !today.isBefore(window.period().from())) {
            LocalDateTime midnight = today.atStartOfDay();
            for (DossierFacts dossier : facts.touchedBetween(unitOrNull, midnight, asOf)) {
                add(byUnit, dossier.unit(), today(dossier, window, midnight));
                if (DossierRules.receivedIn(dossier, window) && !DossierRules.enteredAt(dossier).isBefore(midnight)
                        && dossier.payment().paidOnline()) {
                    paidOnline.add(new UnitProcedure(dossier.unit(), dossier.procedureCode()));
                }
            }
        }
        for (DossierFacts dossier : facts.openAt(unitOrNull, asOf)) {
            if (DossierRules.handledIn(dossier, window) && !window.happenedBy(dossier.timeline().finishedAt())) {
                add(byUnit, dossier.unit(), DossierRules.asHandled(dossier, DossierRules.onTimeAsOf(dossier, window)));
            }
        }
        addProcedures(byUnit, window, procedureRules, paidOnline);
        if (unitOrNull != null) {
            return Map.of(unitOrNull, byUnit.getOrDefault(unitOrNull, Tallies.empty()));
        }
        return byUnit;
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
    private void addProcedures(Map<String, Tallies> byUnit, Window window, ProcedureRules rules,
                               Set<UnitProcedure> paidOnline) {
        Map<UnitProcedure, List<ProcedureFacts>> versions = procedures.all().stream()
                .collect(Collectors.groupingBy(p -> new UnitProcedure(p.unit(), p.code())));
        versions.forEach((key, list) -> {
            list.forEach(version -> add(byUnit, key.unit(), rules.announcement(version, window)));
            list.stream().filter(version -> rules.inForceDuring(version, window))
                    .max(Comparator.comparing(ProcedureFacts::announcedOn).thenComparing(ProcedureFacts::publishedOn))
                    .ifPresent(latest -> add(byUnit, key.unit(),
                            rules.whileInForce(latest.withOnlinePayment(paidOnline.contains(key)), window)));
        });
    }

    private static void add(Map<String, Tallies> byUnit, String unit, Tallies tallies) {
        if (!tallies.counted().isEmpty()) {
            byUnit.merge(unit, tallies, Tallies::plus);
        }
    }
}
