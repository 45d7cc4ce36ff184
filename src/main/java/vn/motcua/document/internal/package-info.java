/** The folder file store, type detection, upload checks and the {@code document_file} table. */
package vn.motcua.document.internal;
