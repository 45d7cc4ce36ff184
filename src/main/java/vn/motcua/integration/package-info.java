/**
 * Integration with the national systems (tích hợp). So far: importing a province's dossier history
 * (hồ sơ lịch sử) from its old system, in the national public service portal's dossier format
 * (INTEGRATION.md), so the service index counts the years before Motcua.
 *
 * <p>Public face: {@link vn.motcua.integration.DossierHistoryImport} (import a JSON Lines stream,
 * answer an {@link vn.motcua.integration.ImportSummary}) and
 * {@link vn.motcua.integration.HistoryImportJobs} (the same for an uploaded file, in the background,
 * with {@link vn.motcua.integration.ImportJob} progress). Everything else — the line reader, the
 * portal field rules, the timeline arithmetic, the reference cache — lives in {@code internal}.
 *
 * <p>Why the index module is called, not notified: the import is the index's own input (its facts
 * table), not another module's business happening; it needs the answer (created, replaced, refused
 * as live) to report each line. Units, procedures and the calendar are read through their modules'
 * public services, once per import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration")
package vn.motcua.integration;
