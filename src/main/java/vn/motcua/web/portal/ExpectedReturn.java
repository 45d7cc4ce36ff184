package vn.motcua.web.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.Deadline;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.organization.ProvinceCalendar;

/**
 * The date a citizen may expect the result (ngày hẹn trả dự kiến) if the dossier were received at a
 * given moment: the procedure's time limit counted on the province's working calendar, same-day rule
 * included. Only a forecast: the official appointment is set when reception accepts the dossier.
 */
@Component
public class ExpectedReturn {

    private final ProvinceCalendar calendar;
    private final Clock clock;

    ExpectedReturn(ProvinceCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** If received now. */
    public Forecast ifReceivedNow(TimeLimit limit) {
        return ifReceivedAt(clock.instant(), limit);
    }

    public Forecast ifReceivedAt(Instant received, TimeLimit limit) {
        return new Forecast(limit.dueFrom(local(received), calendar.calendar()));
    }

    /** An instant as the province's local time, as pages show it. */
    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, calendar.calendar().workingHours().zone());
    }

    /** A deadline as the portal explains it in a sentence or two. */
    public record Forecast(Deadline deadline) {

        public LocalDateTime received() {
            return deadline.received();
        }

        public LocalDateTime due() {
            return deadline.due();
        }

        /** Received outside working hours: counting starts at the next working period. */
        public boolean startsLater() {
            return !deadline.start().equals(deadline.received());
        }

        public LocalDateTime start() {
            return deadline.start();
        }

        /** Days off (weekends, holidays, days swapped) skipped between receipt and the due date. */
        public long daysOff() {
            return deadline.days().stream().filter(d -> !d.kind().working()).count();
        }
    }
}
