/**
 * E-forms (biểu mẫu điện tử): a procedure's declaration filled in on the portal, section by section, from the
 * schema the catalog keeps with the procedure version ({@link vn.motcua.catalog.EForm}); prefilled for a
 * VNeID-verified account from its VNeID claims and the population database (a look-up of purpose "prefill",
 * logged by {@code population}); checked on the server with Vietnamese messages, the ID number against the
 * date of birth and sex typed ({@link vn.motcua.identity.IdNumberMeaning}); and turned into the declaration
 * component as a generated PDF, its data kept as JSON for the officer.
 * <p>Public face: {@link vn.motcua.eform.EForms} and {@link vn.motcua.eform.FilledForm}.
 * <p>Why a module of its own: the schema is the catalog's (published with the version, edited by
 * administrators), the draft is the dossier module's, the look-up is the population module's; filling joins
 * them and owns one thing, the values typed and where each prefilled one came from, kept per draft and then
 * per dossier. The dossier module never depends on it: the portal attaches the generated PDF to the draft as
 * it would an upload, so submission, reception and the officer's checks work unchanged.
 */
package vn.motcua.eform;
