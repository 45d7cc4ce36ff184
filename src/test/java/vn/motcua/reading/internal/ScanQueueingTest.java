package vn.motcua.reading.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A component may allow more than scans (the catalog widens the upload rules): only images and PDFs are read. */
class ScanQueueingTest {

    @ParameterizedTest
    @CsvSource({"image/png, true", "image/jpeg, true", "image/tiff, true", "application/pdf, true",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document, false", "text/csv, false",
        "application/zip, false"})
    void onlyImagesAndPdfsAreScans(String mediaType, boolean scan) {
        assertThat(ScanQueueing.isScan(mediaType)).isEqualTo(scan);
    }
}
