package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A stretch during which the clock of a dossier stops (tạm dừng), e.g. while waiting for the
 * applicant to supplement the dossier. Only the working time inside it delays the deadline.
 */
public record Pause(LocalDateTime from, LocalDateTime to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A pause cannot end (" + to + ") before it starts (" + from + ")");
        }
    }
}
