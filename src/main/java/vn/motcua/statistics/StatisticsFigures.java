package vn.motcua.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import vn.motcua.dossier.Withdrawals;
import vn.motcua.index.Progress;

/**
 * The figures of one row of the report (see the package documentation for what each counts).
 *
 * @param carriedOver kỳ trước chuyển qua
 * @param newlyReceived mới tiếp nhận
 * @param resolvedEarly đã giải quyết trước hạn
 * @param resolvedOnTime đã giải quyết đúng hạn
 * @param resolvedLate đã giải quyết quá hạn
 * @param inProgressOnTime đang giải quyết trong hạn
 * @param inProgressLate đang giải quyết quá hạn
 * @param refused từ chối: stopped, or refused at reception
 * @param refusedLate of the refused, those the index counts late (past the appointment)
 * @param withdrawn rút hồ sơ: withdrawn in the period after receipt
 */
public record StatisticsFigures(long carriedOver, long newlyReceived, long resolvedEarly, long resolvedOnTime,
        long resolvedLate, long inProgressOnTime, long inProgressLate, long refused, long refusedLate, long withdrawn) {

    public static final StatisticsFigures ZERO = new StatisticsFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static StatisticsFigures of(Progress p) {
        return new StatisticsFigures(p.carriedOver(), p.newlyReceived(), p.resolvedEarly(), p.resolvedOnTime(),
                p.resolvedLate(), p.inProgressOnTime(), p.inProgressLate(), p.refusedOnTime() + p.refusedLate(),
                p.refusedLate(), 0);
    }

    static StatisticsFigures of(Withdrawals w) {
        return new StatisticsFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, w.count());
    }

    /** Tổng số tiếp nhận: carried over and new. */
    public long received() {
        return carriedOver + newlyReceived;
    }

    /** Tổng số đã giải quyết. */
    public long resolved() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    /** Tổng số đang giải quyết. */
    public long inProgress() {
        return inProgressOnTime + inProgressLate;
    }

    /** Every late dossier: resolved, in progress or refused after its appointment. */
    public long late() {
        return resolvedLate + inProgressLate + refusedLate;
    }

    /**
     * Tỷ lệ đúng hạn, in percent with one decimal: the share of received dossiers not late, which is
     * the index's 2.1 ratio. Empty when nothing was received.
     */
    public Optional<BigDecimal> onTimePercent() {
        if (received() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(100L * (received() - late()))
                .divide(BigDecimal.valueOf(received()), 1, RoundingMode.HALF_UP));
    }

    public StatisticsFigures plus(StatisticsFigures o) {
        return new StatisticsFigures(carriedOver + o.carriedOver, newlyReceived + o.newlyReceived,
                resolvedEarly + o.resolvedEarly, resolvedOnTime + o.resolvedOnTime, resolvedLate + o.resolvedLate,
                inProgressOnTime + o.inProgressOnTime, inProgressLate + o.inProgressLate, refused + o.refused,
                refusedLate + o.refusedLate, withdrawn + o.withdrawn);
    }
}
