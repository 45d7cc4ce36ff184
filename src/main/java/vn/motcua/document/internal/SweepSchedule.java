package vn.motcua.document.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.motcua.document.FileSweep;

/** Runs the sweep of abandoned uploads through its transactional proxy, on a timer. */
@Component
class SweepSchedule {

    private final FileSweep sweep;

    SweepSchedule(FileSweep sweep) {
        this.sweep = sweep;
    }

    /** Every {@code motcua.files.sweep-interval}, the first one interval after start. */
    @Scheduled(fixedDelayString = "${motcua.files.sweep-interval:PT1H}",
            initialDelayString = "${motcua.files.sweep-interval:PT1H}")
    void sweepOnSchedule() {
        sweep.sweep();
    }
}
