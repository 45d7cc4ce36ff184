/**
 * Dossier sync with the National Public Service Portal (đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia,
 * INTEGRATION.md): every status change of a dossier reaches the portal in order per dossier, exactly once
 * in effect, across restarts, outages and several nodes; and the portal's acknowledgements measure the
 * index's 1.4.
 *
 * <p>How: {@code internal.StatusChangeRecorder} hears {@code DossierStatusChanged} synchronously, in the
 * transition's own transaction, and writes the change to the {@code national_portal_outbox} table (the
 * portal's dossier object and progress entry as they were then): the change and its outbox row commit or
 * roll back together. {@code internal.OutboxSender}, on every node, claims a dossier's oldest undelivered
 * rows (at most 10 progress entries, {@code FOR UPDATE SKIP LOCKED}, so two nodes never send the same
 * entry), sends "add" (or "update" once the portal has it, or when it answers "already exists") and then
 * the progress entries, and marks them acknowledged in the same transaction; a later change of the dossier
 * waits until every earlier one is acknowledged. Failures are retried with a doubling wait and parked after
 * {@code park-after} attempts for an administrator ({@link vn.motcua.nationalportal.PortalSync}). A sender
 * killed mid-send commits nothing: the rows are sent again and the portal keeps a duplicate once.
 *
 * <p>The EMC monitoring system (hệ thống EMC giám sát) is served from the same outbox: each row says its
 * {@link vn.motcua.nationalportal.Destination}; the recorder writes an EMC event beside the portal's row for a
 * reception, assignment, processing step or return ({@code internal.EmcMessages}), and a second
 * {@code OutboxSender} delivers them with the same claims, order, retries and parking. The portal's dossier
 * object and EMC's event read what the event does not carry ({@code internal.DossierFacts}) through the
 * faces of dossier, payment, result, catalog, population and datastore, in the transition's transaction.
 *
 * <p>Public face: {@link vn.motcua.nationalportal.NationalPortal} (the portal's three operations, the
 * adapter), {@link vn.motcua.nationalportal.NationalPortalSimulator} (the portal on this server, wired
 * unless {@code motcua.national-portal.url} is set), {@link vn.motcua.nationalportal.PortalSync} (the
 * backlog, parked changes and resending per destination, late changes for 1.4, the parity report),
 * {@link vn.motcua.nationalportal.Emc} and {@link vn.motcua.nationalportal.EmcSimulator} (EMC and its simulator,
 * wired unless {@code motcua.emc.url} is set).
 *
 * <p>Why a module of its own rather than a part of {@code integration}: the index reads this module's
 * acknowledgements to score 1.4, while {@code integration}'s history import writes into the index; in one
 * module the two would make a cycle. It depends on {@code dossier} (its event), {@code platform}, and the faces
 * named above for the messages' contents; none of those depends on it or on {@code index}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National portal sync")
package vn.motcua.nationalportal;
