package vn.motcua.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.CatalogForms;
import vn.motcua.catalog.FormFile;
import vn.motcua.catalog.FormFiles;
import vn.motcua.web.WebTestSupport;

/**
 * Administrators attach form files (PDF, DOC, DOCX, XLSX up to 10 MB) to a version, for the whole
 * procedure or one component; the public page links each for download with the name, type and size the
 * server recorded. Anything else is refused next to the field, and nothing is saved.
 */
@MotcuaIntegrationTest
class FormFilesTest {

    static final String CODE = "1.980301";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    WebApplicationContext context;
    @Autowired
    Catalog catalog;
    @Autowired
    FormFiles formFiles;

    MockMvc mvc;

    @BeforeAll
    static void publish(@Autowired CatalogAdministration administration, @Autowired Catalog catalog) {
        if (catalog.findInForce(CODE).isEmpty()) {
            administration.create(CatalogForms.valid(CODE, "Thủ tục có mẫu tải về", "301/QĐ-UBND"));
        }
    }

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void anAttachedFormIsDownloadedFromThePublicPageWithTheServersMetadata() throws Exception {
        mvc.perform(upload(new MockMultipartFile("file", "Mẫu 01 tờ khai.pdf", "text/html", PDF), "0"))
                .andExpect(redirectedUrl("/admin/procedures/" + CODE));
        FormFile form = formFiles.of(catalog.inForce(CODE).versionId()).getLast();
        assertThat(form.mediaType()).isEqualTo("application/pdf");
        assertThat(form.uploadedBy()).isEqualTo("admin");

        String href = "/procedures/" + CODE + "/versions/1/forms/" + form.id();
        assertThat(WebTestSupport.html(mvc, get("/procedures/" + CODE)))
                .contains("href=\"" + href + "\"", "Tải về Mẫu 01 tờ khai.pdf", "(Tờ khai; PDF; 0 KB)");
        MockHttpServletResponse download = mvc.perform(get(href)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("M%E1%BA%ABu%2001");
    }

    @Test
    void aWordFormForTheWholeProcedureIsAcceptedAndServedAsADownload() throws Exception {
        mvc.perform(upload(new MockMultipartFile("file", "to-khai.docx", "application/octet-stream", docx()), ""))
                .andExpect(redirectedUrl("/admin/procedures/" + CODE));
        FormFile form = formFiles.of(catalog.inForce(CODE).versionId()).getFirst();
        assertThat(form.componentIndex()).isNull();
        assertThat(form.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(WebTestSupport.html(mvc, get("/procedures/" + CODE))).contains("(Cả thủ tục; DOCX; 0 KB)");
        mvc.perform(get("/procedures/" + CODE + "/versions/1/forms/" + form.id()))
                .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getContentType())
                        .isEqualTo("application/octet-stream"));
    }

    @Test
    void aRenamedExecutableAnImageOrAnUnknownComponentIsRefusedAndNothingSaved() throws Exception {
        int before = formFiles.of(catalog.inForce(CODE).versionId()).size();
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertThat(WebTestSupport.html(mvc, upload(new MockMultipartFile("file", "mau.pdf", "application/pdf",
                executable), "0"))).contains("href=\"#file\"", "không phải là tệp PDF");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(WebTestSupport.html(mvc, upload(new MockMultipartFile("file", "anh.png", "image/png", png), "")))
                .contains("href=\"#file\"", "PDF, DOC, DOCX, XLSX");
        assertThat(WebTestSupport.html(mvc, upload(new MockMultipartFile("file", "mau.pdf", "application/pdf", PDF), "7")))
                .contains("href=\"#component\"", "không có giấy tờ số 7");
        assertThat(WebTestSupport.html(mvc, upload(new MockMultipartFile("file", "mau.pdf", "application/pdf", PDF), "7")
                .param("lang", "en"))).contains("there is no document number 7");
        assertThat(formFiles.of(catalog.inForce(CODE).versionId())).as("nothing saved").hasSize(before);
    }

    @Test
    void onlyAdministratorsAttachForms() throws Exception {
        mvc.perform(multipart("/admin/procedures/" + CODE + "/forms")
                        .file(new MockMultipartFile("file", "mau.pdf", "application/pdf", PDF))
                        .with(WebTestSupport.as(context, "tiepnhan")).with(WebTestSupport.formToken()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/procedures/" + CODE + "/versions/1/forms/999999")).andExpect(status().isNotFound());
    }

    private MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file, String component) {
        return multipart("/admin/procedures/" + CODE + "/forms").file(file).param("component", component)
                .with(WebTestSupport.as(context, "admin")).with(WebTestSupport.formToken());
    }

    /** The smallest Word document a ZIP reader opens: its content types and one paragraph. */
    private static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
