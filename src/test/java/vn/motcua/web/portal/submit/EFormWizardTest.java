package vn.motcua.web.portal.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.eform.EForms;
import vn.motcua.eform.FilledForm;
import vn.motcua.identity.ApplicantAccounts;
import vn.motcua.identity.Registration;
import vn.motcua.identity.VneidIdentity;
import vn.motcua.population.LookupPurpose;
import vn.motcua.population.PopulationGateway.Citizen;
import vn.motcua.population.PopulationGatewaySimulator;
import vn.motcua.population.PopulationLookups;
import vn.motcua.web.WebTestSupport;
import vn.motcua.web.portal.PortalFixtures;

/**
 * The birth registration's e-form on the portal over HTTP: prefilled only for a VNeID-verified account, with
 * the source shown and the population look-up logged for the purpose "prefill"; a prefilled value the schema
 * locks kept whatever a tampered post says; the ID number checked against the date of birth typed; limits
 * answered 400 in Vietnamese; the finished form attached to the dossier as its declaration's PDF, never an
 * upload, and its data kept for the officer.
 */
@MotcuaIntegrationTest
class EFormWizardTest {

    static final String BASE = "/submit/1.001193";
    /** The ward of Điện Biên Phủ, whose reception officer opens the dossier. */
    static final String WARD = "000.01.31.H18";
    static final String DECLARATION = "Tờ khai đăng ký khai sinh (hoặc mẫu điện tử tương tác khi nộp trực tuyến)";

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApplicantAccounts accounts;
    @Autowired
    PopulationGatewaySimulator population;
    @Autowired
    PopulationLookups lookups;
    @Autowired
    EForms eforms;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Cookie draft;
    UserDetails applicant;

    @Test
    void aVneidVerifiedAccountFindsItsDetailsPrefilledWithTheirSourcesAndCannotChangeTheLockedOnes() throws Exception {
        Citizen citizen = population.population().get(211);
        startAs(accounts.logInWithVneid(new VneidIdentity(ApplicantType.CITIZEN, citizen.idNumber(), citizen.fullName())));
        long before = prefillLookups(citizen.idNumber());

        String page = html(get(BASE + "/form/1"));
        assertThat(page).contains("value=\"" + citizen.fullName() + "\"", "value=\"" + citizen.idNumber() + "\"",
                "value=\"" + citizen.birthDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\"",
                citizen.permanentResidence().address(), "Nguồn: tài khoản VNeID",
                "Nguồn: Cơ sở dữ liệu quốc gia về dân cư", "không sửa được tại đây");
        assertThat(page).as("a locked value is shown read-only and not posted")
                .doesNotContain("name=\"f.hoTen\"", "name=\"f.soDinhDanh\"").contains("name=\"f.noiThuongTru\"");
        assertThat(prefillLookups(citizen.idNumber())).as("one look-up for the purpose prefill, logged")
                .isEqualTo(before + 1);

        mvc.perform(section(1).param("f.hoTen", "Người Khác").param("f.soDinhDanh", "001090009999")
                        .param("f.ngaySinh", "01/01/1990").param("f.gioiTinh", "NAM")
                        .param("f.noiThuongTru", "Số 9, bản Him Lam, tỉnh Điện Biên"))
                .andExpect(redirectedUrl(BASE + "/form/2"));
        FilledForm filled = eforms.ofDraft(draft.getValue()).orElseThrow();
        assertThat(filled.values()).as("the tampered post changed only what the schema lets change")
                .containsEntry("hoTen", citizen.fullName()).containsEntry("soDinhDanh", citizen.idNumber())
                .containsEntry("ngaySinh", citizen.birthDate().toString())
                .containsEntry("noiThuongTru", "Số 9, bản Him Lam, tỉnh Điện Biên");
        assertThat(prefillLookups(citizen.idNumber())).as("asked once per draft").isEqualTo(before + 1);
    }

    @Test
    void anAccountNotVerifiedWithVneidGetsNothingPrefilledAndNothingIsLookedUp() throws Exception {
        String idNumber = PortalFixtures.newIdNumber();
        String username = "eform" + idNumber.substring(6);
        accounts.register(new Registration(username, ApplicantType.CITIZEN, idNumber, "Lò Văn Pánh", null,
                "0912345678", "mat-khau-dai-du-12", "mat-khau-dai-du-12"));
        startAs(accounts.loginLookup().loadUserByUsername(username));

        String page = html(get(BASE + "/form/1"));
        assertThat(page).doesNotContain("Nguồn:", "value=\"" + idNumber + "\"", "readonly")
                .contains("name=\"f.hoTen\"", "name=\"f.soDinhDanh\"");
        assertThat(prefillLookups(idNumber)).isZero();
    }

    @Test
    void theIdNumberIsCheckedAgainstTheDateOfBirthAndSexTypedAndLimitsAnswer400InVietnamese() throws Exception {
        startAs(null);
        String refused = mvc.perform(section(1).param("f.hoTen", "Lò Văn Pánh").param("f.soDinhDanh", "011090001234")
                        .param("f.ngaySinh", "17/05/1991").param("f.gioiTinh", "NU").param("f.noiThuongTru", "Bản Him Lam")
                        .param("f.dienThoai", "0".repeat(16)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("href=\"#f.soDinhDanh\"",
                "các chữ số thứ 4 đến 6 cho biết năm sinh 1990, nhưng ngày sinh đã nhập là năm 1991",
                "chữ số thứ tư cho biết người mang số là nam, khác giới tính đã chọn",
                "href=\"#f.dienThoai\"", "Số điện thoại liên hệ: tối đa 15 ký tự", "value=\"Lò Văn Pánh\"");

        mvc.perform(section(1).param("f.hoTen", "Lò Văn Pánh").param("f.soDinhDanh", "011090001234")
                        .param("f.ngaySinh", "17/05/1990").param("f.gioiTinh", "NAM").param("f.noiThuongTru", "Bản Him Lam"))
                .andExpect(redirectedUrl(BASE + "/form/2"));
        mvc.perform(get(BASE + "/form/4").cookie(draft)).andExpect(status().isNotFound());
    }

    @Test
    void theFinishedFormIsTheDeclarationsPdfWhichNoPostCanReplaceAndTheDossierKeepsItsData() throws Exception {
        startAs(null);
        mvc.perform(multipart(BASE + "/documents").with(WebTestSupport.formToken()).cookie(draft)
                        .params(byPost()).param("components[0].delivery", "POST"))
                .andExpect(status().isOk()).andExpect(result -> assertThat(result.getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)).contains("Hãy điền xong tờ khai điện tử trước"));

        mvc.perform(section(1).param("f.hoTen", "Lò Văn Pánh").param("f.soDinhDanh", "011090001234")
                .param("f.ngaySinh", "1990-05-17").param("f.gioiTinh", "NAM").param("f.noiThuongTru", "Bản Him Lam"))
                .andExpect(redirectedUrl(BASE + "/form/2"));
        mvc.perform(section(2).param("f.hoTenTre", "Lò Văn Khánh").param("f.ngaySinhTre", "02/12/2026")
                .param("f.gioiTinhTre", "NAM").param("f.noiSinh", "Bệnh viện đa khoa tỉnh Điện Biên")
                .param("f.danToc", "Thái").param("f.quocTich", "Việt Nam").param("f.quanHe", "Cha")).andExpect(redirectedUrl(BASE + "/form/3"));
        mvc.perform(section(3).param("f.hoTenMe", "Quàng Thị Hoa").param("f.ngaySinhMe", "03/04/1995")
                        .param("f.soDinhDanhMe", "011195004321").param("f.chaMeDaKetHon", "yes"))
                .andExpect(redirectedUrl(BASE + "/documents"));
        assertThat(html(get(BASE + "/documents"))).contains("Tờ khai điện tử đã điền", "to-khai-1.001193.pdf")
                .doesNotContain("name=\"components[0].file\"");

        // A post that says "by post" for the declaration, with a file of its own, still carries the e-form's PDF.
        mvc.perform(multipart(BASE + "/documents").with(WebTestSupport.formToken()).cookie(draft)
                        .file(new MockMultipartFile("components[0].file", "scan.pdf", "application/pdf",
                                SubmissionWizardTest.PDF))
                        .params(byPost()).param("components[0].delivery", "POST"))
                .andExpect(redirectedUrl(BASE + "/result"));
        assertThat(html(get(BASE + "/result"))).contains("<option value=\"" + WARD + "\"");
        mvc.perform(page("/result").param("returnMethod", "COUNTER").param("receivingUnit", WARD))
                .andExpect(redirectedUrl(BASE + "/check"));
        mvc.perform(page("/check")).andExpect(redirectedUrl(BASE + "/confirmation"));

        FilledForm filled = eforms.ofDraft(draft.getValue()).orElseThrow();
        assertThat(filled.dossierCode()).isNotNull();
        assertThat(eforms.ofDossier(filled.dossierCode())).isPresent();
        List<Map<String, Object>> files = jdbc.sql("""
                select c.name, f.original_name, f.media_type, f.sha256 from dossier d
                  join dossier_component c on c.dossier_id = d.id
                  join dossier_file f on f.dossier_id = d.id and f.component_position = c.position
                 where d.code = ? and c.name = ?""").params(filled.dossierCode(), DECLARATION).query().listOfRows();
        assertThat(files).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("name", DECLARATION).containsEntry("original_name", "to-khai-1.001193.pdf")
                    .containsEntry("media_type", "application/pdf").containsEntry("sha256", filled.pdf().sha256());
        });
        String officerPage = WebTestSupport.html(mvc, get("/office/dossiers/" + filled.dossierCode())
                .with(WebTestSupport.as(context, "tiepnhan.dienbienphu")));
        assertThat(officerPage).as("the officer sees the declaration's values, their sources and its JSON").contains(
                "Tờ khai điện tử", "Lò Văn Khánh", "02/12/2026", "Người nộp nhập", "Dữ liệu tờ khai (JSON)",
                "&quot;hoTenTre&quot; : &quot;Lò Văn Khánh&quot;", "&quot;soDinhDanhMe&quot; : &quot;011195004321&quot;");
    }

    /** A new draft of the birth registration by this applicant (null: a visitor), up to the e-form's first page. */
    private void startAs(UserDetails account) throws Exception {
        mvc = WebTestSupport.mockMvc(context);
        applicant = account;
        draft = login(post(BASE).with(WebTestSupport.formToken())).andReturn().getResponse().getCookie(DraftCookie.NAME);
        mvc.perform(page("/who").param("applyingAs", "MYSELF")).andExpect(redirectedUrl(BASE + "/applicant"));
        mvc.perform(page("/applicant").param("applicant.name", "Lò Văn Pánh").param("applicant.idNumber", "011090001234"))
                .andExpect(redirectedUrl(BASE + "/form/1"));
    }

    private ResultActions login(MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(applicant == null ? request : request.with(user(applicant)));
    }

    private MockHttpServletRequestBuilder page(String path) {
        MockHttpServletRequestBuilder request = post(BASE + path).cookie(draft).with(WebTestSupport.formToken());
        return applicant == null ? request : request.with(user(applicant));
    }

    private MockHttpServletRequestBuilder section(int number) {
        return page("/form/" + number);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        request.cookie(draft);
        return WebTestSupport.html(mvc, applicant == null ? request : request.with(user(applicant)));
    }

    /** Every component but the declaration (the first) sent on paper by post. */
    private static MultiValueMap<String, String> byPost() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        IntStream.range(1, 6).forEach(i -> params.add("components[" + i + "].delivery", "POST"));
        return params;
    }

    private long prefillLookups(String idNumber) {
        return jdbc.sql("select count(*) from population_lookup where id_number = ? and purpose = ?")
                .params(idNumber, LookupPurpose.PORTAL_PREFILL.name()).query(Long.class).single();
    }

}
