/**
 * Platform: what every module stands on and no domain owns — the database (an embedded PostgreSQL
 * by default, an external one when configured), the injected {@link java.time.Clock}, and whether
 * the demo province is seeded; the HTML-to-PDF renderer ({@link vn.motcua.platform.PdfRenderer}, the
 * embedded Vietnamese font) that the applicant's papers and the statistics reports share.
 *
 * <p>Why a module of its own: the embedded database must start before any module's repository
 * and stop after all of them; keeping that lifecycle here keeps the domain modules free of it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.motcua.platform;
