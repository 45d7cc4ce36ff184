package vn.motcua.index;

import vn.motcua.dossier.Channel;

/**
 * Tiến độ giải quyết: the dossiers of one unit, procedure and channel that count in 2.1 for a period
 * ("received or processed in the period"), split by where they stand at the moment judged, by the
 * rules of 2.1 ({@code DossierRules}). The counts add up to 2.1's denominator; its numerator is
 * {@link #onTime()}.
 *
 * <p>Finished = done, else returned, else stopped or refused. A dossier with a result (done or
 * returned) is <em>resolved</em>; one stopped (8) or refused at reception (3) has none and is counted
 * apart. On time = finished at or before the appointment (within the limit when there is none) and
 * not late by rule (more than one supplement request, or an apology). <em>Early</em> (trước hạn) is
 * on time and finished on a day before the appointment's day, as a step is early on the tracking sheet.
 * Withdrawn dossiers count nowhere, as everywhere in the index.
 *
 * @param unit the processing unit
 * @param procedureCode national procedure code (null when the facts have none)
 * @param channel how the dossiers arrived
 * @param carriedOver entered handling before the period, still open at its start (kỳ trước chuyển qua)
 * @param newlyReceived entered handling in the period (mới tiếp nhận)
 * @param resolvedEarly resolved on time, on a day before the appointment's day (trước hạn)
 * @param resolvedOnTime resolved on time, on the appointment's day or without an appointment (đúng hạn)
 * @param resolvedLate resolved late (quá hạn)
 * @param refusedOnTime stopped or refused on time
 * @param refusedLate stopped or refused late
 * @param inProgressOnTime open at the moment judged and not late (trong hạn)
 * @param inProgressLate open at the moment judged and late (quá hạn)
 */
public record Progress(String unit, String procedureCode, Channel channel, long carriedOver, long newlyReceived,
        long resolvedEarly, long resolvedOnTime, long resolvedLate, long refusedOnTime, long refusedLate,
        long inProgressOnTime, long inProgressLate) {

    /** 2.1's denominator: every dossier counted. */
    public long handled() {
        return carriedOver + newlyReceived;
    }

    /** 2.1's numerator: finished on time or early, or still open and not late. */
    public long onTime() {
        return resolvedEarly + resolvedOnTime + refusedOnTime + inProgressOnTime;
    }
}
