package vn.motcua.index.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.FeedbackItem;
import vn.motcua.feedback.FeedbackItems;
import vn.motcua.feedback.Satisfaction;
import vn.motcua.index.FeedbackFacts;
import vn.motcua.organization.ProvinceCalendar;

/**
 * 6.1 and 6.2's facts, read live from the feedback module so the index and its drill-down always agree
 * with the unit's list. An item is judged on its latest handling: the unit's time runs from receipt, or
 * from the day the information asked for came (a question answered starts the answer's 15 days again);
 * its outcome is the answer, the refusal, or the question still unanswered; an accepted item not yet
 * answered is open.
 */
@Component
public class FeedbackSource {

    /**
     * How far before a period an item's time may have started and its last day still fall in it: 15
     * working days with the longest run of days off (Tết) fit well inside.
     */
    private static final int LOOK_BACK_DAYS = 90;

    private final FeedbackItems items;
    private final ProvinceCalendar calendar;

    FeedbackSource(FeedbackItems items, ProvinceCalendar calendar) {
        this.items = items;
        this.calendar = calendar;
    }

    /** The items of {@code unitOrNull} (null: all) whose last day may fall in the window's period. */
    public List<FeedbackFacts> of(Window window, String unitOrNull) {
        ZoneId zone = calendar.calendar().workingHours().zone();
        Instant from = window.period().from().minusDays(LOOK_BACK_DAYS).atStartOfDay(zone).toInstant();
        Instant to = window.period().to().plusDays(1).atStartOfDay(zone).toInstant();
        return items.startedBetween(from, to, unitOrNull).stream().map(item -> facts(item, zone)).toList();
    }

    static FeedbackFacts facts(FeedbackItem item, ZoneId zone) {
        FeedbackFacts.Outcome outcome = switch (item.status()) {
            case ANSWERED, PUBLISHED -> FeedbackFacts.Outcome.ANSWERED;
            case REFUSED -> FeedbackFacts.Outcome.REFUSED;
            case AWAITING_INFORMATION -> FeedbackFacts.Outcome.ASKED_FOR_INFORMATION;
            case RECEIVED, ACCEPTED -> null;
        };
        return new FeedbackFacts(item.code(), item.unit(), local(item.clockStartedAt(), zone), outcome,
                outcome == null ? null : local(item.outcomeAt(), zone), local(item.publishedAt(), zone),
                item.rating() == Satisfaction.DISSATISFIED, item.refiled());
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
