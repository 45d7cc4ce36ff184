/**
 * Dossier (hồ sơ): the aggregate, its status machine, codes, receipts, supplements, apologies,
 * the tracking sheet and the officers' inboxes (DOMAIN.md §4).
 *
 * <p>Public face: {@link vn.motcua.dossier.DossierHandling} (every action an officer or applicant
 * takes), {@link vn.motcua.dossier.DossierQueries} (inbox, search, one dossier), the status machine
 * {@link vn.motcua.dossier.DossierStateMachine}, {@link vn.motcua.dossier.WorkHandover} (bàn giao: an
 * officer's open work to a colleague in one action), and the events every transition publishes. The
 * status is set nowhere but through the machine's table. Storage lives in {@code internal}.
 *
 * <p>Why events: the national sync, the index and notifications react to dossiers; the dossier
 * module never calls them. Events go through Spring Modulith's persisted registry, so a listener
 * that fails is retried after a restart.
 */
package vn.motcua.dossier;
