/**
 * Monthly statistics (báo cáo thống kê tình hình, kết quả giải quyết thủ tục hành chính): for a month,
 * quarter or year, for the province or one unit, the dossiers received (carried over and new),
 * resolved early, on time and late, in progress on time and late, withdrawn and refused, broken down
 * by unit, field, procedure or channel; on screen, and as the Excel and PDF a province reports upward.
 *
 * <p><b>Why a module of its own.</b> It is a report read model over the dossiers' facts, not the
 * index's scoring: it has its own vocabulary (the reporting form's columns), its own breakdowns
 * (field and procedure come from the catalog, which the index never groups by) and its own
 * documents, and it changes with the upward-reporting form, not with Decision 766. It keeps no data:
 * every number is counted in SQL when asked, from the same facts the index scores
 * ({@link vn.motcua.index.IndexQueries#progress}, the 2.1 dossiers of the period by unit, procedure
 * and channel) plus the withdrawals the dossier module counts from its tracking sheets
 * ({@link vn.motcua.dossier.DossierWithdrawals}), so its "received", "late" and "on time" are the
 * index's by construction (the received columns add up to 2.1's denominator, the on-time share is
 * 2.1's ratio).
 *
 * <p><b>Periods.</b> Calendar months, quarters and years in Asia/Ho_Chi_Minh, both ends included;
 * one still running is counted as of now, a closed one as of its end (the index's rule), so a
 * closed month's report does not change when its dossiers finish later. The specification sets no
 * other reporting cut-off day.
 *
 * <p><b>Columns</b> (each dossier in exactly one of the result columns, so they add up):
 * received = carried over (entered handling before the period and still open at its start) + new
 * (entered handling in it) = resolved (done or returned, by the end) + in progress (open at the
 * end) + refused (stopped, or refused at reception). Early (trước hạn) = on time and finished on a day
 * before the appointment's day; on time = at or before the appointment (within the limit without
 * one) and not late by rule (a second supplement request, an apology). Withdrawn dossiers (rút) count
 * nowhere in the index: they are left out of "received" and counted apart, by the day they were
 * withdrawn, from dossiers withdrawn after their receipt; imported history has no withdrawal moment
 * and shows none.
 */
package vn.motcua.statistics;
