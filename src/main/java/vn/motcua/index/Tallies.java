package vn.motcua.index;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Tử số và mẫu số theo tiêu chí: one tally per criterion, immutable. An item's tallies say which criteria it counts in, and
 * whether it meets them: the drill-down from a number to the dossiers behind it.
 */
public final class Tallies {

    private static final Tallies EMPTY = new Tallies(new EnumMap<>(Criterion.class));

    private final Map<Criterion, Tally> byCriterion;

    private Tallies(EnumMap<Criterion, Tally> byCriterion) {
        this.byCriterion = Collections.unmodifiableMap(byCriterion);
    }

    public static Tallies empty() {
        return EMPTY;
    }

    public static Tallies of(Criterion criterion, Tally tally) {
        return EMPTY.plus(criterion, tally);
    }

    /** The tally of a criterion; {@link Tally#ZERO} when nothing was counted. */
    public Tally get(Criterion criterion) {
        return byCriterion.getOrDefault(criterion, Tally.ZERO);
    }

    /** Only the criteria something was counted in. */
    public Map<Criterion, Tally> counted() {
        return byCriterion;
    }

    public Tallies plus(Criterion criterion, Tally tally) {
        EnumMap<Criterion, Tally> sum = copy();
        sum.merge(criterion, tally, Tally::plus);
        return new Tallies(sum);
    }

    /** These tallies with {@code criterion}'s replaced by {@code tally}. */
    public Tallies with(Criterion criterion, Tally tally) {
        EnumMap<Criterion, Tally> replaced = copy();
        replaced.put(criterion, tally);
        return new Tallies(replaced);
    }

    public Tallies plus(Tallies other) {
        EnumMap<Criterion, Tally> sum = copy();
        other.byCriterion.forEach((criterion, tally) -> sum.merge(criterion, tally, Tally::plus));
        return new Tallies(sum);
    }

    private EnumMap<Criterion, Tally> copy() {
        return byCriterion.isEmpty() ? new EnumMap<>(Criterion.class) : new EnumMap<>(byCriterion);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tallies that && byCriterion.equals(that.byCriterion);
    }

    @Override
    public int hashCode() {
        return byCriterion.hashCode();
    }

    @Override
    public String toString() {
        return byCriterion.toString();
    }
}
