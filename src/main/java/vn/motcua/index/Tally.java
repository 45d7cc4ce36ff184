package vn.motcua.index;

/**
 * Tử số và mẫu số: what a criterion counts, exactly. Points are derived from it in one correctly
 * rounded division (see {@link Criterion#points}); the tally itself is the exact value.
 *
 * <p>Tallies add up: a unit's or the province's tally is the sum of its items' tallies, which is
 * what the SQL aggregation will do. The numerator is negative only for 6.3, which subtracts two
 * shares from 1: a dossier both late and complained about counts {@code −1} there.
 *
 * @param numerator items that meet the criterion
 * @param denominator items the criterion looks at
 */
public record Tally(long numerator, long denominator) {

    public static final Tally ZERO = new Tally(0, 0);

    public Tally {
        if (denominator < 0 || numerator > denominator || numerator < -denominator) {
            throw new IllegalArgumentException("Not a tally: " + numerator + " of " + denominator);
        }
    }

    /** One item, counted in the numerator when it meets the criterion. */
    public static Tally one(boolean meets) {
        return new Tally(meets ? 1 : 0, 1);
    }

    public Tally plus(Tally other) {
        return new Tally(numerator + other.numerator, denominator + other.denominator);
    }

    public boolean isEmpty() {
        return denominator == 0;
    }
}
