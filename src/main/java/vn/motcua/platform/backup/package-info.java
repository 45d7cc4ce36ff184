/**
 * Backups (sao lưu) of a whole installation: the database and the file store together, taken from
 * one consistent snapshot and restorable on a fresh machine ({@code bin/backup}, {@code bin/restore}).
 *
 * <p>The database part is PostgreSQL's own {@code pg_dump}/{@code pg_restore} (custom format), so an
 * operator can also read or restore it with the standard tools; the file part is the files the
 * snapshot's {@code document_file} rows name, each checked against its SHA-256 on the way out and on
 * the way back. Plain Java without Spring: it runs beside a live application (backup) or before its
 * first start (restore).
 */
package vn.motcua.platform.backup;
