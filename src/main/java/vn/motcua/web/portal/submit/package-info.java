/**
 * Online submission (nộp hồ sơ trực tuyến) on the portal: a wizard under {@code /submit/{code}/…}
 * asking one thing per page (who applies, their details, the components, how the result comes back),
 * then check your answers, then the confirmation with the dossier code.
 *
 * <p>Why a server-side draft and a cookie rather than the session: every page is saved as a
 * {@link vn.motcua.dossier.DossierDraft} before it is checked, and the browser holds only the draft's
 * random id, scoped to the procedure's path. So a refused page keeps what was typed, and a timed-out
 * session or a closed browser loses nothing for 30 days. Every page works without JavaScript.
 */
package vn.motcua.web.portal.submit;
