package vn.motcua.calendar;

import java.time.Duration;

/** A pause that delayed a deadline, with the working time it added. */
public record AppliedPause(Pause pause, Duration workingTime) {
}
