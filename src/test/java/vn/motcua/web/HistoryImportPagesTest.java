package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestUnits;
import vn.motcua.integration.HistoryImportJobs;
import vn.motcua.integration.ImportJob;
import vn.motcua.integration.PortalLines;
import vn.motcua.organization.UnitDirectory;

/** The administrator's import page: upload, a job page that refreshes itself while running, then the summary. */
@MotcuaIntegrationTest
class HistoryImportPagesTest {

    static final String UNIT = "000.99.42.H18";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UnitDirectory units;
    @Autowired
    HistoryImportJobs jobs;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    UserDetails admin;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        admin = WebTestSupport.officer(context, "admin");
        TestUnits.commune(units, UNIT, "Xã Thử Trang Nhập");
    }

    @Test
    void theAdministrationHomeLinksToTheImportForm() throws Exception {
        mvc.perform(get("/admin").with(user(admin)))
                .andExpect(content().string(containsString("href=\"/admin/import\"")));
        mvc.perform(get("/admin/import").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<label for=\"file\">Tệp JSON Lines</label>"),
                        containsString("enctype=\"multipart/form-data\""), not(containsString("http-equiv")))));
    }

    @Test
    void officersWhoAreNotAdministratorsCannotImport() throws Exception {
        mvc.perform(get("/admin/import").with(user(WebTestSupport.officer(context, "tiepnhan"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void sendingNoFileIsExplainedNextToTheField() throws Exception {
        mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "trong.jsonl", null, new byte[0]))
                        .with(csrf()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"error-summary\""),
                        containsString("href=\"#file\""), containsString("id=\"file-error\""),
                        containsString("Chọn tệp JSON Lines cần nhập"))));
    }

    @Test
    void anUploadedFileIsImportedInTheBackgroundAndItsPageEndsWithTheSummary() throws Exception {
        byte[] file = PortalLines.file(List.of(line("PAGE-1"), "{\"MaHoSo\":\"PAGE-2\"}", line("PAGE-3")));
        String location = mvc.perform(multipart("/admin/import")
                        .file(new MockMultipartFile("file", "lich-su.jsonl", "application/x-ndjson", file))
                        .with(csrf()).with(user(admin)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/import/");

        Await.until(() -> page(location).contains("Đã nhập xong."));
        String finished = page(location);
        assertThat(finished).doesNotContain("http-equiv=\"refresh\"")
                .contains("<progress id=\"import-progress\" max=\"100\" value=\"100\">100 %</progress>")
                .contains("<dt>Số dòng đã đọc</dt><dd>3</dd>").contains("<dt>Tạo mới</dt><dd>2</dd>")
                .contains("<dt>Bị từ chối</dt><dd>1</dd>")
                .contains("<caption>Các dòng bị từ chối</caption>")
                .contains("<td>2</td>", "<td>PAGE-2</td>", "<td>Thiếu DonViXuLy</td>");
        assertThat(page(location + "?lang=en")).contains("Import finished.", "<td>DonViXuLy is missing</td>");
        assertThat(jdbc.sql("select count(*) from index_dossier_fact where code in ('PAGE-1', 'PAGE-3')")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aRunningImportsPageRefreshesItselfAndShowsItsProgress(@TempDir Path folder) throws Exception {
        // A named pipe holds the import open until the test writes to it: the job is surely in progress.
        Path pipe = folder.resolve("dang-chay.jsonl");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        ImportJob job = jobs.start(pipe, "dang-chay.jsonl", "admin");

        String running = page("/admin/import/" + job.id());
        assertThat(running).contains("<meta http-equiv=\"refresh\" content=\"2\">")
                .contains("<progress id=\"import-progress\" max=\"100\" value=\"0\">0 %</progress>")
                .containsAnyOf("Đang nhập…", "Đang chờ lượt nhập trước kết thúc.")
                .contains("Tắt tự làm mới");
        assertThat(page("/admin/import/" + job.id() + "?refresh=false")).doesNotContain("http-equiv")
                .contains("Xem tiến độ mới nhất");

        try (OutputStream writer = Files.newOutputStream(pipe)) {
            writer.write(PortalLines.file(List.of(line("PAGE-PIPE-1"))));
        }
        Await.until(() -> jobs.find(job.id()).orElseThrow().state() == ImportJob.State.FINISHED);
        assertThat(page("/admin/import/" + job.id())).doesNotContain("http-equiv").contains("<dd>1</dd>");
    }

    @Test
    void anUnknownImportIsNotFound() throws Exception {
        mvc.perform(get("/admin/import/no-such-import").with(user(admin))).andExpect(status().isNotFound());
    }

    private String page(String path) {
        try {
            return mvc.perform(get(path).with(user(admin))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String line(String code) {
        return PortalLines.returned(code, UNIT, "1.013859", "20190506080000", "20190510160000", "20190509100000",
                "20190510090000");
    }
}
