package vn.motcua.web.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.archive.internal.Archiver;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.web.WebTestSupport;

/**
 * The archive's office pages: supervisors and administrators search, open and export; other officers are kept
 * out; a refused proposal says why on the page with a 400; only an administrator's request reaches approval.
 */
@MotcuaIntegrationTest
class ArchivePagesTest {

    @Autowired WebApplicationContext context;
    @Autowired DossierFixtures fixtures;
    @Autowired TestClock clock;
    @Autowired Archiver archiver;

    MockMvc mvc;
    String code;

    /**
     * Archived at once rather than awaited: these tests are about the pages, and the listener that archives on
     * closing (ArchiveTest) may still be behind the demo's start-up events when they run first.
     */
    @BeforeEach
    void aWithdrawnDossierIsArchived() {
        mvc = WebTestSupport.mockMvc(context);
        clock.setLocal(LocalDateTime.parse("2026-04-01T09:00"));
        DossierView d = fixtures.receiveCopyCertification("011090005601");
        code = fixtures.act("tiepnhan.dienbienphu", d, new DossierCommand.Withdraw("Người nộp xin rút hồ sơ")).code();
        archiver.archive(code, clock.instant());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSupervisorFindsOpensAndExportsTheArchivedDossier() throws Exception {
        String found = WebTestSupport.html(mvc, get("/office/archive").param("applicant", "011090005601")
                .param("from", "2026-04-01").param("to", "2026-04-01").with(as("giamsat")));
        assertThat(found).contains(code, "Lò Thị Mai");
        String page = WebTestSupport.html(mvc, get("/office/archive/" + code).with(as("giamsat")));
        assertThat(page).contains("Hồ sơ lưu trữ " + code, "Phiếu kiểm soát quá trình", "Chưa hết thời hạn bảo quản",
                "/office/archive/" + code + "/export");

        MvcResult started = mvc.perform(get("/office/archive/" + code + "/export").with(as("admin")))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] zip = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(entries(zip)).first().isEqualTo("manifest.json");
        assertThat(entries(zip)).hasSizeGreaterThan(1).allMatch(n -> n.equals("manifest.json") || n.startsWith("files/"));
    }

    @Test
    void otherOfficersAreKeptOutAndOnlyAnAdministratorReachesApproval() throws Exception {
        mvc.perform(get("/office/archive").with(as("tiepnhan"))).andExpect(status().isForbidden());
        mvc.perform(get("/office/archive/" + code + "/export").with(as("chuyenvien.tuphap")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/office/archive/" + code + "/disposal/approval").with(csrf()).with(as("giamsat")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/office/archive/KHONG-CO")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/office/archive/KHONG-CO").with(as("giamsat"))).andExpect(status().isNotFound());
    }

    @Test
    void refusalsAndInputsPastTheirLimitsAnswerFourHundredWithTheReasonInVietnamese() throws Exception {
        String early = mvc.perform(post("/office/archive/" + code + "/disposal/proposal").param("reason", "Hết hạn")
                .with(csrf()).with(as("giamsat"))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(early).contains("Chưa hết thời hạn bảo quản: chưa thể tiêu huỷ hồ sơ này.");
        String tooLong = mvc.perform(get("/office/archive").param("applicant", "a".repeat(201)).with(as("giamsat")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLong).contains("Tối đa 200 ký tự.");
        String badDate = mvc.perform(get("/office/archive").param("from", "01/04/2026").with(as("giamsat")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(badDate).contains("Ngày phải có dạng năm-tháng-ngày");
        mvc.perform(get("/office/archive").param("page", "0").with(as("giamsat"))).andExpect(status().isBadRequest());
        mvc.perform(get("/office/archive/" + code + "/files/999").with(as("giamsat"))).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return WebTestSupport.as(context, username);
    }

    private static List<String> entries(byte[] zip) throws java.io.IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
