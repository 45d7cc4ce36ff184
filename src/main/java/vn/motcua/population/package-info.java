/**
 * Population: look-ups in the national population database (Cơ sở dữ liệu quốc gia về dân cư) through the
 * province's data-sharing gateway, their log, what they mean for dossiers, and which procedures are connected
 * to it (INTEGRATION.md; the service index's 5.6 and 5.7).
 *
 * <p>Public face: {@link vn.motcua.population.PopulationLookups} (look up and log; tie a counter look-up to
 * the dossier it was made for; verify a dossier's applicant; a dossier's checks and verifications; the log
 * for supervisors), {@link vn.motcua.population.PopulationConnections} (the per-procedure setting), the
 * gateway's interface {@link vn.motcua.population.PopulationGateway} with its messages, and its simulator
 * {@link vn.motcua.population.PopulationGatewaySimulator} with a demo population.
 *
 * <p>Why a module of its own rather than part of {@code identity}: {@code identity} holds the applicants'
 * accounts and their logins, what a person proves about themself; this module is an outside register the
 * officers query about others, with its own log (append-only: a database trigger refuses update, delete and
 * truncate), its own gateway and settings, and a per-procedure setting of the catalog's. It depends on
 * {@code identity} for the one check of an ID number and for the event {@code ApplicantVerified}, whose
 * listener is here: every verification of a dossier's applicant, from a VNeID login or a look-up, is kept
 * per dossier and source. Look-ups never block: a gateway down or too slow is an outcome ("unavailable"),
 * logged like the others, and the dossier records that its applicant was entered by hand.
 */
package vn.motcua.population;
