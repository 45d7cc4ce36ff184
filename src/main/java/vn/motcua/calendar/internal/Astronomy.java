package vn.motcua.calendar.internal;

/**
 * Low-precision astronomy behind the Vietnamese lunar calendar (âm lịch): mean new moons corrected
 * by the main periodic terms, and the sun's apparent longitude. The formulas follow the classic
 * algorithm of Jean Meeus, "Astronomical Algorithms", as used for Vietnamese calendars; they are
 * accurate to minutes in 1900–2199, which is enough to put each new moon on the right civil day.
 *
 * <p>Days are Julian day numbers; {@code timeZone} is hours east of Greenwich (7 for Vietnam).
 */
public final class Astronomy {

    /** Julian day of the new moon with index 0 (1900-01-01 13:52 UT). */
    static final double EPOCH_NEW_MOON = 2415021.076998695;
    /** Mean length of a lunation in days. */
    static final double SYNODIC_MONTH = 29.530588853;

    private static final double RAD = Math.PI / 180;

    private Astronomy() {
    }

    /** The civil day (Julian day number, local time) of the {@code k}-th new moon after 1900-01-01. */
    public static long newMoonDay(long k, double timeZone) {
        return (long) Math.floor(newMoon(k) + 0.5 + timeZone / 24);
    }

    /**
     * Which of the twelve 30° sectors (0 = spring equinox) the sun is in at the start of the given
     * local civil day. A lunar month whose first and next month's first day share a sector contains
     * no major solar term (trung khí) and becomes the leap month.
     */
    public static int sunSector(long dayNumber, double timeZone) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI * 6);
    }

    /** Julian day (UT, fractional) of the {@code k}-th new moon. */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        return mean + correction(t, sunAnomaly, moonAnomaly, latitude) - deltaT(t);
    }

    private static double correction(double t, double m, double mp, double f) {
        return (0.1734 - 0.000393 * t) * sin(m) + 0.0021 * sin(2 * m)
                - 0.4068 * sin(mp) + 0.0161 * sin(2 * mp) - 0.0004 * sin(3 * mp)
                + 0.0104 * sin(2 * f) - 0.0051 * sin(m + mp) - 0.0074 * sin(m - mp)
                + 0.0004 * sin(2 * f + m) - 0.0004 * sin(2 * f - m) - 0.0006 * sin(2 * f + mp)
                + 0.0010 * sin(2 * f - mp) + 0.0005 * sin(2 * mp + m);
    }

    /**
     * Difference between dynamical and universal time, in days: the polynomial fit for the years after
     * 800 (T ≥ -11), which holds the whole range the calendar supports.
     */
    private static double deltaT(double t) {
        return -0.000278 + 0.000265 * t + 0.000262 * t * t;
    }

    /** The sun's apparent longitude in radians, 0..2π, at the given Julian day (UT). */
    static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(anomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * anomaly) + 0.000290 * sin(3 * anomaly);
        double longitude = (meanLongitude + centre) * RAD;
        return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
    }

    private static double sin(double degrees) {
        return Math.sin(degrees * RAD);
    }
}
