/**
 * Reading papers (đọc giấy tờ): the ID card (căn cước công dân / căn cước) read at the counter, and the
 * text of every scanned component, read in the background and searchable by officers.
 *
 * <p>Public face: {@link vn.motcua.reading.CardReader} (a scan or photo of a card → what it says, from its
 * QR code or, failing that, its printed fields), {@link vn.motcua.reading.CardQr} (the QR's text, parsed
 * defensively), {@link vn.motcua.reading.ScannedPapers} (find a scanned paper by a word in it, the text
 * kept with each file, the queue's state), {@link vn.motcua.reading.OcrStatus}.
 *
 * <p>Design choices: the QR comes first because it is exact; OCR only fills what the QR could not give.
 * Tesseract runs as the {@code tesseract} command (ProcessBuilder), not in-process through JNA: a crash or
 * a hang of the native code cannot take the application down, a timeout kills it, and a missing or broken
 * installation is a status the pages show rather than a failure at start. Scans are read after the
 * dossier's reception commits ({@code DossierReceived}), one file at a time by whichever node claims it
 * ({@code FOR UPDATE SKIP LOCKED}); the text is kept per file (its SHA-256), so a scan in many dossiers is
 * read once. Search folds Vietnamese text (lower case, no diacritics, "đ" as "d") in Java on both sides,
 * as the catalog does, and uses PostgreSQL's {@code simple} full-text configuration.
 */
package vn.motcua.reading;
