/**
 * National catalog: the province kept in step with the national procedure database (Cơ sở dữ liệu quốc gia về
 * thủ tục hành chính): a sync, scheduled on one node and on demand, records each national procedure handled at
 * province or commune level with the hash of its content; the procedures new to the province or changed since
 * its catalog took them in wait for an administrator, who adopts one under the province's announcement decision
 * (Decision 766's 1.2 then counts the real days from that decision to the publication).
 *
 * <p>Public face: {@link vn.motcua.nationalcatalog.NationalCatalog} (sync, lists, adoption), the source's
 * interface {@link vn.motcua.nationalcatalog.NationalCatalogSource} with its message
 * {@link vn.motcua.nationalcatalog.NationalProcedure}, and its simulator
 * {@link vn.motcua.nationalcatalog.NationalCatalogSimulator}, serving the bundled listing.
 *
 * <p>Why a module of its own rather than part of {@code catalog}: the catalog is what the province publishes and
 * everyone reads; this is an outside register, read in whole, with its own store, schedule and simulator. It
 * changes the catalog only through the catalog's public face ({@code CatalogAdministration.revise}, or the
 * administrator's own create form, prefilled), so every version still passes the catalog's checks and publishes
 * {@code ProcedurePublished}; that event, whatever page published the version, marks the national procedure as
 * taken in (the baseline against which the next change is shown).
 */
package vn.motcua.nationalcatalog;
