/**
 * Documents (tài liệu, tệp): file storage for the dossier's scans and files and the checks an upload
 * must pass. Digitisation (số hoá), OCR, extraction and the applicant's data store (kho dữ liệu
 * điện tử) come later.
 *
 * <p>Public face: {@link vn.motcua.document.Documents#accept} (check, store and record one upload as
 * its {@link vn.motcua.document.FileOwner}'s), {@link vn.motcua.document.Documents#attach} (a dossier
 * takes an upload of its owner, as recorded), {@link vn.motcua.document.FileSweep} (abandoned uploads),
 * {@link vn.motcua.document.FileStore} (read stored files), {@link vn.motcua.document.UploadRules},
 * {@link vn.motcua.document.StoredFile}. The folder store, the type detection and the tables live in
 * {@code internal}.
 *
 * <p>Design choices: files are stored by the SHA-256 of their bytes, so a scan attached to many
 * dossiers is kept once, a name can never point at different bytes, and every read can prove the
 * bytes are still the ones received. The folder sits behind {@link vn.motcua.document.FileStore} so an
 * object store can replace it. Each stored file also gets a row in {@code document_file}, so the
 * database knows which files must exist even if the folder is lost; other modules keep their own rows
 * pointing at the SHA-256. Bytes are shared, uploads are not: each upload has its own row in
 * {@code document_upload} (who, which name, attached or not), because the SHA-256 of a public form is
 * easy to compute and must not let anyone attach someone else's scan. That row is the only source of a
 * file's name, type and size, and it is what the sweep removes when nothing needs the upload. A file's type is what its bytes say (Tika's magic numbers), never what its
 * name or the browser claims; the name only refines a type the bytes agree with (a {@code .docx} is a ZIP).
 */
package vn.motcua.document;
