package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierView;

/** The office pages: counter reception's validation, actions and their refusals, the inbox and search. */
@MotcuaIntegrationTest
class OfficePagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    OfficeFixtures fixtures;
    @Autowired
    DossierHandling handling;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(WebTestSupport.officer(context, username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aRefusedReceptionLinksEachProblemToItsFieldKeepsWhatWasTypedAndTheAcceptedScan() throws Exception {
        String html = mvc.perform(multipart("/office/reception/1.013859")
                        .file(new MockMultipartFile("components[0].file", "empty.pdf", "application/pdf", new byte[0]))
                        .file(new MockMultipartFile("components[1].file", "scan.pdf", "application/pdf",
                                OfficeSamples.executable()))
                        .file(new MockMultipartFile("components[2].file", "hoi-vien.pdf", "application/pdf",
                                OfficeSamples.pdf()))
                        .param("channel", "COUNTER").param("applicant.type", "CITIZEN")
                        .param("applicant.idNumber", "01109000123").param("applicant.name", "")
                        .param("applicant.address", "Bản Him Lam, phường Điện Biên Phủ")
                        .param("components[0].name", "Đơn đề nghị").param("components[0].received", "true")
                        .param("components[1].name", "Quyết định bổ nhiệm")
                        .param("components[2].name", "Giấy tờ hội viên")
                        .param("returnMethod", "COUNTER")
                        .with(user(WebTestSupport.officer(context, "tiepnhan"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("class=\"error-summary\"", "href=\"#applicant.idNumber\"",
                "href=\"#applicant.name\"", "href=\"#components[0].file\"", "href=\"#components[1].file\"",
                "Số định danh cá nhân không hợp lệ: phải gồm 12 chữ số", "không có nội dung", "không phải là tệp");
        assertThat(html).contains("id=\"applicant.idNumber-error\"", "value=\"01109000123\"",
                "value=\"Bản Him Lam, phường Điện Biên Phủ\"", "name=\"components[2].sha256\"",
                "Đã đính kèm: hoi-vien.pdf");
        assertThat(html).doesNotContain("name=\"components[1].sha256\"");
    }

    @Test
    void aReceivedDossierOpensOnItsPageWithTheReceiptLink() throws Exception {
        String location = mvc.perform(multipart("/office/reception/1.013859")
                        .file(new MockMultipartFile("components[0].file", "don.pdf", "application/pdf",
                                OfficeSamples.pdf()))
                        .param("channel", "COUNTER").param("applicant.type", "CITIZEN")
                        .param("applicant.idNumber", "011090009999").param("applicant.name", "Quàng Thị Hoa")
                        .param("components[0].name", "Đơn đề nghị").param("components[0].received", "true")
                        .param("components[0].originals", "1").param("returnMethod", "COUNTER")
                        .param("components[1].name", "Quyết định bổ nhiệm").param("components[1].received", "true")
                        .param("components[2].name", "Giấy tờ hội viên").param("components[2].received", "true")
                        .with(user(WebTestSupport.officer(context, "tiepnhan"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/office/dossiers/000.00.01.H18-");
        String html = page("tiepnhan", location);
        assertThat(html).contains("Quàng Thị Hoa", "/documents/receipt.pdf", "don.pdf", "Đã tiếp nhận");
    }

    @Test
    void onAConcurrentChangeThePageIsReadAgainWithAMessageAndTheTypedItemsKept() throws Exception {
        DossierView read = fixtures.atJustice();
        handling.handle(fixtures.officer("chuyenvien.tuphap"), read.code(), read.lockVersion(),
                new DossierCommand.Assign("chuyenvien.tuphap"));

        String html = mvc.perform(post("/office/dossiers/" + read.code() + "/actions/REQUEST_SUPPLEMENT")
                        .param("version", String.valueOf(read.lockVersion()))
                        .param("items[0].name", "Ảnh 2x3 cm").param("items[0].reason", "Thiếu 02 ảnh")
                        .with(user(WebTestSupport.officer(context, "chuyenvien.tuphap"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("vừa được người khác cập nhật", "value=\"Ảnh 2x3 cm\"", "value=\"Thiếu 02 ảnh\"",
                "name=\"version\" value=\"" + (read.lockVersion() + 1) + "\"");
    }

    @Test
    void aRefusedActionShowsItsProblemNextToItsFormAndTheActionSucceedsOnceFixed() throws Exception {
        DossierView d = fixtures.atJustice();
        String path = "/office/dossiers/" + d.code() + "/actions/REQUEST_SUPPLEMENT";
        String html = mvc.perform(post(path).param("version", String.valueOf(d.lockVersion()))
                        .with(user(WebTestSupport.officer(context, "chuyenvien.tuphap"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"#REQUEST_SUPPLEMENT.items\"", "id=\"REQUEST_SUPPLEMENT.items-error\"");

        mvc.perform(post(path).param("version", String.valueOf(d.lockVersion()))
                        .param("items[0].name", "Ảnh 2x3 cm").param("items[0].reason", "Thiếu 02 ảnh")
                        .with(user(WebTestSupport.officer(context, "chuyenvien.tuphap"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("chuyenvien.tuphap", "/office/dossiers/" + d.code()))
                .contains("Chờ bổ sung hồ sơ", "Ảnh 2x3 cm: Thiếu 02 ảnh", "/documents/supplement-request.pdf");
    }

    @Test
    void theInboxAndSearchListTheUnitsDossiersAndOnlyReceptionReceives() throws Exception {
        DossierView d = fixtures.atJustice();
        assertThat(page("chuyenvien.tuphap", "/office/inbox?scope=UNIT&status=PROCESSING"))
                .contains("Tất cả (", "Quá hạn (", "Đang xử lý");
        // Other tests' Justice dossiers share the inbox, in deadline order: this one is on some page.
        String everyPage = "";
        for (int n = 1; n <= 10 && !everyPage.contains(d.code()); n++) {
            everyPage += page("chuyenvien.tuphap", "/office/inbox?scope=UNIT&status=PROCESSING&page=" + n);
        }
        assertThat(everyPage).contains(d.code());
        assertThat(page("chuyenvien.tuphap", "/office/search?q=011090005678")).contains(d.code());
        assertThat(page("chuyenvien.taichinh", "/office/search?q=" + d.code())).doesNotContain(d.code() + "</a>");
        assertThat(page("tiepnhan", "/office/reception?q=công chứng viên")).contains("/office/reception/1.013859");
        mvc.perform(get("/office/reception").with(user(WebTestSupport.officer(context, "chuyenvien.tuphap"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/office/inbox").with(user(WebTestSupport.officer(context, "admin"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePagesSpeakEnglishOnRequest() throws Exception {
        assertThat(page("chuyenvien.tuphap", "/office/inbox?lang=en")).contains("Dossiers to handle", "My unit");
    }
}
