package vn.motcua.web.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;
import vn.motcua.document.UploadRules;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.web.OfficeApi;
import vn.motcua.web.OfficeSamples;

/**
 * A dossier's files come back as downloads that a browser never runs: attachment, nosniff, and only
 * PDF, PNG and JPEG keep their type. Files of other types reach the store when a component widens the
 * upload rules; HTML or SVG among them must not come back as a page of our site.
 */
@MotcuaIntegrationTest
class DownloadSafetyTest {

    @LocalServerPort
    int port;
    @Autowired
    Documents documents;
    @Autowired
    DossierHandling handling;
    @Autowired
    DossierFixtures fixtures;

    OfficeApi api;

    @BeforeEach
    void client() {
        api = new OfficeApi(port);
    }

    @Test
    void anHtmlUploadIsServedAsBytesToSaveNeverAsAPage() {
        HttpResponse<byte[]> download = downloadOfOne("trang.html",
                "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>", "text/html");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"trang.html\"");
    }

    @Test
    void anSvgUploadIsNotServedAsAnImageABrowserWouldRun() {
        HttpResponse<byte[]> download = downloadOfOne("so-do.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "image/svg+xml");

        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aPdfKeepsItsTypeAndANameWithQuotesAndLineBreaksCannotBreakTheHeader() {
        byte[] pdf = OfficeSamples.uniquePdf();
        StoredFile stored = documents.accept("file", "hồ sơ \"mới\"\r\n.pdf", pdf.length,
                new ByteArrayInputStream(pdf), documents.standardRules(), FileOwner.officer("tiepnhan"));

        HttpResponse<byte[]> download = download(stored);

        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"ho so _moi___.pdf\"; filename*=UTF-8''h%E1%BB%93%20s%C6%A1%20_m%E1%BB%9Bi___.pdf");
        assertThat(download.body()).isEqualTo(pdf);
    }

    private HttpResponse<byte[]> downloadOfOne(String name, String content, String type) {
        byte[] bytes = (content + "<!-- " + System.nanoTime() + " -->").getBytes(StandardCharsets.UTF_8);
        UploadRules widened = documents.standardRules().allowing(type);
        StoredFile stored = documents.accept("file", name, bytes.length, new ByteArrayInputStream(bytes), widened,
                FileOwner.officer("tiepnhan"));
        assertThat(stored.mediaType()).as("the store knows what it holds").isEqualTo(type);
        return download(stored);
    }

    /** Attached at a counter reception by the officer who uploaded it, then downloaded through the API. */
    private HttpResponse<byte[]> download(StoredFile stored) {
        String code = handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(
                DossierFixtures.NOTARY_CARD, Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, "011090001234",
                        "Nguyễn Thị Hường", null, null, null), null, null,
                List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false, false,
                        List.of(AttachedFile.reference(stored.sha256())))),
                ReturnMethod.COUNTER, null, null, null)).code();
        return api.download("tiepnhan", "/api/v1/dossiers/" + code + "/files/" + stored.sha256());
    }
}
