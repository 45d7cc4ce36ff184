package vn.motcua.reading;

import java.util.List;

/**
 * The background reading of scans, for the administrator.
 *
 * @param pending scans waiting to be read (all of them while Tesseract is missing)
 * @param read scans whose text is kept
 * @param failed scans that could not be read
 * @param latestFailures the latest failed files and why
 * @param ocr whether Tesseract works here
 */
public record ScanQueueState(long pending, long read, long failed, List<Failure> latestFailures, OcrStatus ocr) {

    public record Failure(String sha256, String error) {
    }
}
