/**
 * Catalog (danh mục thủ tục hành chính): procedures with their seven published parts, fees, result,
 * announcement decisions and internal processes, versioned per decision; search as a Vietnamese user
 * expects it; the demo catalog of Điện Biên (H18).
 *
 * <p>Public face: {@link vn.motcua.catalog.Catalog} (read, search, versions),
 * {@link vn.motcua.catalog.CatalogAdministration} (create, revise, retire), the value types and the
 * events {@link vn.motcua.catalog.ProcedurePublished} and {@link vn.motcua.catalog.ProcedureRetired}.
 * A version may carry an e-form (biểu mẫu điện tử, {@link vn.motcua.catalog.EForm}): the schema of its
 * declaration, kept as JSON beside the content for the same reason, edited by administrators
 * ({@link vn.motcua.catalog.CatalogAdministration#saveEForm}) and filled by the {@code eform} module.
 *
 * <p>Design choices: a version's parts are stored as one JSON document (the record
 * {@link vn.motcua.catalog.ProcedureContent}) beside plain columns for what is filtered and searched,
 * because the parts are read and replaced whole and never queried piecewise. Search text is folded in
 * Java (no {@code unaccent}/{@code pg_trgm}, which the embedded binaries may lack) into a stored column
 * with a full-text index; the index narrows the candidates and Java ranks them, so the ranking rules are
 * one small class with unit tests. A partial unique index keeps exactly one version in force.
 */
package vn.motcua.catalog;
