package vn.motcua.index.internal;

import static vn.motcua.index.Criterion.FEEDBACK_ON_TIME;
import static vn.motcua.index.Criterion.FEEDBACK_SATISFACTION;

import java.time.LocalDate;
import vn.motcua.index.FeedbackFacts;
import vn.motcua.index.FeedbackFacts.Outcome;
import vn.motcua.index.IndexSettings;
import vn.motcua.index.Tallies;
import vn.motcua.index.Tally;

/** Which feedback item counts where: 6.1 and 6.2. Windows are whole working days after the day received. */
public final class FeedbackRules {

    private final IndexSettings settings;
    private final WorkingDays workingDays;

    public FeedbackRules(IndexSettings settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    /** The tallies one feedback item adds to its unit's index for the window. */
    public Tallies classify(FeedbackFacts item, Window window) {
        if (!dueIn(item, window)) {
            return Tallies.empty();
        }
        boolean onTime = handledOnTime(item, window);
        return Tallies.of(FEEDBACK_ON_TIME, Tally.one(onTime))
                .plus(FEEDBACK_SATISFACTION, Tally.one(onTime && !item.dissatisfied() && !item.refiled()));
    }

    /**
     * The last day of the item's limit: refuse 2, ask for more information 5, answer 15 working
     * days; an open item is held to the answer's limit.
     */
    public LocalDate dueOn(FeedbackFacts item) {
        int days = item.outcome() == null ? settings.feedbackAnswerWorkingDays() : switch (item.outcome()) {
            case ANSWERED -> settings.feedbackAnswerWorkingDays();
            case REFUSED -> settings.feedbackRefuseWorkingDays();
            case ASKED_FOR_INFORMATION -> settings.feedbackAskMoreWorkingDays();
        };
        return workingDays.after(item.receivedAt().toLocalDate(), days);
    }

    /**
     * "Due in the period" (6.1, 6.2): its last day lies in the period, and either it has been
     * handled or that day is over. An open item still within its days is not counted yet.
     */
    public boolean dueIn(FeedbackFacts item, Window window) {
        LocalDate due = dueOn(item);
        return window.spans(due) && (window.happenedBy(item.outcomeAt()) || window.dayOver(due));
    }

    /** Handled by its last day, and an answer also published within its days (2) of the answer. */
    public boolean handledOnTime(FeedbackFacts item, Window window) {
        return window.happenedBy(item.outcomeAt())
                && !item.outcomeAt().toLocalDate().isAfter(dueOn(item))
                && (item.outcome() != Outcome.ANSWERED || answerPublishedInTime(item, window));
    }

    /** Published by its last day; an answer not yet published is not late while that day lasts. */
    private boolean answerPublishedInTime(FeedbackFacts item, Window window) {
        LocalDate due = workingDays.after(item.outcomeAt().toLocalDate(), settings.feedbackPublishWorkingDays());
        if (window.happenedBy(item.answerPublishedAt())) {
            return !item.answerPublishedAt().toLocalDate().isAfter(due);
        }
        return !window.dayOver(due);
    }
}
