/** The reading module's insides: images from scans, ZXing, the Tesseract command, the OCR queue and its job. */
package vn.motcua.reading.internal;
