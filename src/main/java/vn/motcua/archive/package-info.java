/**
 * Archive (lưu trữ hồ sơ): closed dossiers kept with their files, results, papers, tracking sheet and
 * metadata for their procedure's retention (thời hạn bảo quản), searched by supervisors and administrators,
 * exported whole, and disposed of (tiêu huỷ) only after the retention, on an officer's proposal and another
 * person's, an administrator's, approval, with an audit record the database keeps unchangeable.
 *
 * <p>Public face: {@link vn.motcua.archive.Archive} (search, one record), {@link vn.motcua.archive.ArchiveExport}
 * (the ZIP with {@code manifest.json}), {@link vn.motcua.archive.Disposals} (due, propose, approve, audit),
 * {@link vn.motcua.archive.Retentions} (per procedure, default {@code motcua.archive.default-retention-years})
 * and their value types. The listener, the archiver, the manifest and the tables live in {@code internal}.
 *
 * <p>Design choices. A dossier is archived by a module listener on {@code DossierStatusChanged} when it
 * reaches a closed status: after the dossier's commit, in its own transaction, retried through the event
 * registry, so rendering its papers never slows the officer's action. It reads the dossier through the
 * {@code dossier}, {@code result} and {@code document} faces only. The files are not copied: the document
 * store keeps bytes once by SHA-256, and the archive holds them with upload rows of its own (owner
 * {@code archive:{code}}, attached), which the sweep of abandoned uploads never removes; the rendered papers
 * and tracking sheet are kept the same way. The manifest is written once, as text, so an export years later
 * carries the same bytes. The retention is a setting of the archive's per procedure rather than a field of
 * the catalog's versioned content: it is a records-office decision that changes apart from the procedure's
 * legal text, and a change applies to dossiers archived afterwards (each record keeps the retention it was
 * archived under). A disposal erases a file's bytes only when no other live or archived dossier holds them and
 * no other module's row refers to them (the data store, a published form); every file's fate is in the audit.
 */
package vn.motcua.archive;
