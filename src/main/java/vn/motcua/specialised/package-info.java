/**
 * Specialised databases (cơ sở dữ liệu chuyên ngành): the ministries' systems a dossier is handled with, behind
 * {@link vn.motcua.specialised.SpecialisedSystem}; the first is the business registration system
 * ({@link vn.motcua.specialised.BusinessRegistry}, with its simulator
 * {@link vn.motcua.specialised.BusinessRegistrySimulator}) for household business registrations.
 *
 * <p>Public face: {@link vn.motcua.specialised.BusinessRegistrations} (send a dossier, its exchange, the certificate
 * made the dossier's result), the registry's interface and messages, its simulator, and the value types.
 *
 * <p>Design: the officer decides when a dossier goes to the registry (it must be complete first), and the exchange
 * is an outbox row ({@code specialised_exchange}) that a scheduled round on every node claims row by row
 * ({@code FOR UPDATE SKIP LOCKED}), sends, then asks for the answer; a failed call waits a doubling backoff and the
 * officer sees the attempts and the last error. The answer never changes the dossier by itself: the certificate is
 * kept as a file and the officer makes it the result with the ordinary "mark done" transition, so the status
 * machine, the result module's recording and the notifications stay the only way a dossier changes.
 */
package vn.motcua.specialised;
