package vn.motcua.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The counted columns of the reporting form, in its order, each under its group (the form's two
 * header rows). Every rendering (page, Excel, PDF) walks this list, so they cannot disagree.
 */
public enum StatisticsColumn {
    RECEIVED_TOTAL(Group.RECEIVED, StatisticsFigures::received),
    CARRIED_OVER(Group.RECEIVED, StatisticsFigures::carriedOver),
    NEWLY_RECEIVED(Group.RECEIVED, StatisticsFigures::newlyReceived),
    RESOLVED_TOTAL(Group.RESOLVED, StatisticsFigures::resolved),
    RESOLVED_EARLY(Group.RESOLVED, StatisticsFigures::resolvedEarly),
    RESOLVED_ON_TIME(Group.RESOLVED, StatisticsFigures::resolvedOnTime),
    RESOLVED_LATE(Group.RESOLVED, StatisticsFigures::resolvedLate),
    IN_PROGRESS_TOTAL(Group.IN_PROGRESS, StatisticsFigures::inProgress),
    IN_PROGRESS_ON_TIME(Group.IN_PROGRESS, StatisticsFigures::inProgressOnTime),
    IN_PROGRESS_LATE(Group.IN_PROGRESS, StatisticsFigures::inProgressLate),
    WITHDRAWN(Group.WITHDRAWN, StatisticsFigures::withdrawn),
    REFUSED(Group.REFUSED, StatisticsFigures::refused);

    /** The first header row: a group spans its columns; a group of one column spans both rows. */
    public enum Group {
        RECEIVED, RESOLVED, IN_PROGRESS, WITHDRAWN, REFUSED;

        public List<StatisticsColumn> columns() {
            return Arrays.stream(StatisticsColumn.values()).filter(c -> c.group == this).toList();
        }

        /** The group is one column: it has no second header row. */
        public boolean single() {
            return columns().size() == 1;
        }

        /** Message key of its header. */
        public String messageKey() {
            return "statistics.group." + name();
        }
    }

    private final Group group;
    private final ToLongFunction<StatisticsFigures> value;

    StatisticsColumn(Group group, ToLongFunction<StatisticsFigures> value) {
        this.group = group;
        this.value = value;
    }

    public Group group() {
        return group;
    }

    public long value(StatisticsFigures figures) {
        return value.applyAsLong(figures);
    }

    /** Message key of its header in the second row. */
    public String messageKey() {
        return "statistics.column." + name();
    }
}
