/**
 * The service index of Decision 766/QĐ-TTg (chỉ số phục vụ người dân, doanh nghiệp): the six groups
 * and their criteria (INDEX-766.md), which dossier, procedure and feedback item counts where, the
 * scores, and an early warning of points about to be lost.
 *
 * <p>Public face: {@link vn.motcua.index.ServiceIndex} (classify, report, early warning), the
 * catalogue {@link vn.motcua.index.Criterion} / {@link vn.motcua.index.CriterionGroup}, the settings
 * {@link vn.motcua.index.IndexSettings}, the facts other modules publish
 * ({@link vn.motcua.index.DossierFacts}, {@link vn.motcua.index.ProcedureFacts},
 * {@link vn.motcua.index.FeedbackFacts}, {@link vn.motcua.index.CommuneFacts}) and the results
 * ({@link vn.motcua.index.Tallies}, {@link vn.motcua.index.IndexReport}, {@link vn.motcua.index.EarlyWarning}).
 * The scoring itself is plain Java, like the calendar.
 *
 * <p>Stored and queried: {@link vn.motcua.index.IndexQueries} (a unit or the province for any period,
 * all units at once, the monthly {@link vn.motcua.index.Ranking}, the trend, the early warning),
 * {@link vn.motcua.index.IndexDrillDown} (the items behind a number, each losing one with its
 * {@link vn.motcua.index.LossReason}), {@link vn.motcua.index.DossierHistory} (imported dossiers' facts)
 * and {@link vn.motcua.index.IndexRecompute}. Listeners in {@code internal} keep
 * {@code index_dossier_fact} (a live dossier's row written, inside the transition's transaction, from each
 * transition's event alone, which
 * carries the state after it; the row keeps the event's tracking line, so an older or repeated event is
 * ignored),
 * {@code index_procedure_fact} and, by difference in the same transaction, {@code index_daily_tally}; a
 * period is read from the daily tallies of its whole days, the dossiers touched today and those open at
 * the moment judged ({@code IndexAggregation}), which equals classifying every dossier one by one.
 * 5.3 is read live from the certified copies' register ({@code datastore.CertifiedCopies}), one commune
 * at a time; 1.4's losses live from the national portal's acknowledgements ({@code nationalportal.PortalSync}:
 * a counted dossier whose change made in the period was not acknowledged within its {@code in-time}, once
 * that deadline passed, see {@code PortalSyncLateness}); 6.1 and 6.2 live from the feedback module's items ({@code FeedbackSource}: an item is judged on its latest handling, its time counted from receipt or from the information asked for).
 *
 * <p><b>"In the period"</b>, per criterion: the contract the SQL aggregation follows. Periods are
 * whole days, both ends included; one not over is judged as of now, a closed one as of its end.
 * <ul>
 * <li>1.1 — procedures whose announcement decision is dated in the period.
 * <li>1.2 — procedures whose last day to publish (5 working days after the decision) lies in the
 *     period, once published or once that day is over.
 * <li>1.3, 4.2, 4.3, 5.7 — procedures on the national catalog by the period's end, not retired before its start.
 * <li>1.4, 2.1, 6.3 — dossiers received or processed in the period: received by its end and not
 *     finished before its start.
 * <li>3.1, 4.1, 5.4, 5.5, 5.6 — dossiers received in the period.
 * <li>5.1, 5.2 — dossiers whose result came out (done, else returned) in the period.
 * <li>5.3 — communes, with whether they certified an electronic copy in the period.
 * <li>6.1, 6.2 — feedback items whose last day lies in the period, once handled or once that day is over.
 * </ul>
 * A dossier is received at its receipt, or for one refused at reception at the refusal. Withdrawn
 * dossiers count nowhere. A dossier not yet received (status 1) counts nowhere.
 *
 * <p><b>Online payment (group 4), from the payment module's payments:</b> a dossier is paid online (4.1)
 * once a {@code PaymentSucceeded} with channel {@code NATIONAL_PLATFORM} paid one of its fees — a counter
 * payment (VietQR, card) is cashless but not online, and an overpayment pays no fee; a dossier whose fees
 * are all zero is left out. A procedure had an online payment (4.2) when one of its dossiers counted in
 * the period was paid online. A procedure's payment is integrated with the national portal (4.3) when the
 * unit handling it has a collection account: the orders the portal sends the national platform for that
 * unit's fees name that account, so every fee of the procedure can be paid online; a unit without one
 * cannot take online payments. Read when the index is computed, so a change of account shows at once.
 *
 * <p><b>Population data (5.6, 5.7), from the population module:</b> a dossier's applicant is verified (5.6)
 * once an {@code identity.ApplicantVerified} names the dossier, from either source (a VNeID login, a
 * population database look-up that found the applicant); the row keeps it through later transitions. A
 * procedure is connected to the population database (5.7) when an administrator set it so
 * ({@code population.PopulationConnections}), read when the index is computed.
 *
 * <p><b>Why {@code BigDecimal}:</b> the published scores have two decimals and must match a hand
 * computation; each is rounded half-up once from the exact fraction of its integer tally, which
 * {@code double} cannot promise at the half-way point. Groups and the total are sums of the rounded
 * criteria, so the published rows always add up (the total may differ from the rounding of the
 * exact sum by at most 0.005 per criterion).
 */
package vn.motcua.index;
