package vn.motcua.web.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.identity.ApplicantVerified.VerificationSource;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.population.DossierCheck;
import vn.motcua.population.PopulationConnections;
import vn.motcua.population.PopulationGateway.Citizen;
import vn.motcua.population.PopulationGatewaySimulator;
import vn.motcua.population.PopulationLookups;
import vn.motcua.population.Verification;
import vn.motcua.web.WebTestSupport;

/**
 * The population database in the office: the counter's "ID number → look up" step filling the reception form
 * (and saying why not when it cannot, the form staying usable), the dossier recording its applicant verified or
 * entered by hand, the dossier page's check, the supervisors' log and the administrator's per-procedure setting.
 */
@MotcuaIntegrationTest
class PopulationPagesTest {

    static final String NOTARY_CARD = "/office/reception/1.013859";

    @Autowired WebApplicationContext context;
    @Autowired PopulationGatewaySimulator simulator;
    @Autowired PopulationLookups lookups;
    @Autowired PopulationConnections connections;
    @Autowired DossierFixtures fixtures;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @AfterEach
    void restore() {
        simulator.setMode(SimulatorMode.UP);
    }

    @Test
    void theCounterLooksTheIdNumberUpFillsTheApplicantAndTheDossierRecordsItsApplicantVerified() throws Exception {
        Citizen person = simulator.population().get(42);
        String form = html(reception(person.idNumber(), "", "").param("population", "true"));
        assertThat(form).contains(escaped(person.fullName()), escaped(person.currentResidence().address()),
                escaped(person.permanentResidence().address()), escaped(person.homeTown().address()),
                "Đã tìm thấy công dân trong Cơ sở dữ liệu quốc gia về dân cư", "name=\"populationLookup\"");
        String lookupId = hiddenLookup(form);

        String code = receive(reception(person.idNumber(), person.fullName(), person.currentResidence().address())
                .param("populationLookup", lookupId));
        Await.until(() -> !lookups.verifications(code).isEmpty());
        assertThat(lookups.verifications(code)).extracting(Verification::source)
                .containsExactly(VerificationSource.POPULATION_DATABASE);
        assertThat(html(get("/office/dossiers/" + code).with(WebTestSupport.as(context, "tiepnhan"))))
                .contains("đã được xác thực với Cơ sở dữ liệu quốc gia về dân cư");
    }

    @Test
    void aNumberNotFoundLeavesTheFormAsTypedAndTheDossierSaysEnteredByHand() throws Exception {
        String unknown = "0790" + "%08d".formatted(System.nanoTime() % 100_000_000L);
        String form = html(reception(unknown, "Lò Văn Tay", "Bản Him Lam").param("population", "true"));
        assertThat(form).contains("Không tìm thấy công dân có số định danh này", "value=\"Lò Văn Tay\"",
                "value=\"Bản Him Lam\"");

        String code = receive(reception(unknown, "Lò Văn Tay", "Bản Him Lam").param("populationLookup", hiddenLookup(form)));
        assertThat(lookups.checks(code)).extracting(DossierCheck::outcome).containsExactly(DossierCheck.Outcome.NOT_FOUND);
        assertThat(html(get("/office/dossiers/" + code).with(WebTestSupport.as(context, "tiepnhan"))))
                .contains("không tìm thấy — thông tin người nộp nhập tay");
    }

    @Test
    void aGatewayDownNeverBlocksTheOfficerAndTheDossierSaysGatewayUnavailable() throws Exception {
        simulator.setMode(SimulatorMode.DOWN);
        Citizen person = simulator.population().get(43);
        String form = html(reception(person.idNumber(), "Quàng Văn Tay", "").param("population", "true"));
        assertThat(form).contains("Nền tảng chia sẻ dữ liệu của tỉnh chưa trả lời", "value=\"Quàng Văn Tay\"");

        String code = receive(reception(person.idNumber(), "Quàng Văn Tay", "").param("populationLookup", hiddenLookup(form)));
        assertThat(lookups.checks(code)).extracting(DossierCheck::outcome).containsExactly(DossierCheck.Outcome.UNAVAILABLE);
        assertThat(html(get("/office/dossiers/" + code).with(WebTestSupport.as(context, "tiepnhan"))))
                .contains("nền tảng chia sẻ dữ liệu không trả lời — thông tin người nộp nhập tay");
    }

    @Test
    void anIdNumberNotOfTwelveDigitsIsAFormErrorNeverA500() throws Exception {
        for (String typed : new String[] {"12345", "0110901234567", "abcdefghijkl", "x".repeat(5000)}) {
            String form = html(reception(typed, "", "").param("population", "true"));
            assertThat(form).contains("class=\"error-summary\"", "href=\"#applicant.idNumber\"",
                    "Số định danh cá nhân phải gồm đúng 12 chữ số");
        }
        assertThat(html(reception("", "", "").param("population", "true").param("populationLookup", "abc")))
                .contains("href=\"#applicant.idNumber\"");
    }

    @Test
    void anOfficerVerifiesAnExistingDossiersApplicantFromItsPage() throws Exception {
        Citizen person = simulator.population().get(44);
        DossierView dossier = fixtures.receiveNotaryCard(person.idNumber(), person.fullName());
        String page = html(get("/office/dossiers/" + dossier.code()).with(WebTestSupport.as(context, "tiepnhan")));
        assertThat(page).contains("Người nộp chưa được xác thực", "/applicant-check");

        mvc.perform(post("/office/dossiers/" + dossier.code() + "/applicant-check")
                        .with(WebTestSupport.as(context, "tiepnhan")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Await.until(() -> !lookups.verifications(dossier.code()).isEmpty());
        assertThat(lookups.log(0, 50)).anySatisfy(l -> {
            assertThat(l.dossierCode()).isEqualTo(dossier.code());
            assertThat(l.lookedUpBy()).isEqualTo("tiepnhan");
        });
    }

    @Test
    void supervisorsReadTheLogWithTheDossierAndOthersMayNot() throws Exception {
        Citizen person = simulator.population().get(45);
        DossierView dossier = fixtures.receiveNotaryCard(person.idNumber(), person.fullName());
        lookups.verify("tiepnhan", dossier.code(), dossier.procedureCode(), person.idNumber(), person.fullName());

        String log = html(get("/office/population-lookups").with(WebTestSupport.as(context, "giamsat")));
        assertThat(log).contains("Nhật ký tra cứu Cơ sở dữ liệu dân cư", dossier.code(), person.idNumber(),
                "Xác thực người nộp", "Tìm thấy");
        mvc.perform(get("/office/population-lookups").with(WebTestSupport.as(context, "tiepnhan")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/office/population-lookups").param("page", "0").with(WebTestSupport.as(context, "giamsat")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anAdministratorConnectsAndDisconnectsACitizenProcedure() throws Exception {
        String birth = "1.001193";
        boolean before = connections.connected(birth);
        mvc.perform(post("/admin/population/procedures/" + birth).param("connected", String.valueOf(!before))
                .with(WebTestSupport.as(context, "admin")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(connections.connected(birth)).isEqualTo(!before);
        mvc.perform(post("/admin/population/procedures/" + birth).param("connected", String.valueOf(before))
                .with(WebTestSupport.as(context, "admin")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(connections.connected(birth)).isEqualTo(before);

        assertThat(html(get("/admin/population").with(WebTestSupport.as(context, "admin"))))
                .contains(birth, "Thủ tục đăng ký khai sinh").doesNotContain("1.013859");
        mvc.perform(post("/admin/population/procedures/1.013859").param("connected", "true")
                .with(WebTestSupport.as(context, "admin")).with(csrf())).andExpect(status().isNotFound());
    }

    /** The notary card's three components received at the service centre's counter by {@code tiepnhan}. */
    private MockMultipartHttpServletRequestBuilder reception(String idNumber, String name, String address) {
        return (MockMultipartHttpServletRequestBuilder) multipart(NOTARY_CARD)
                .param("channel", "COUNTER").param("applicant.type", "CITIZEN")
                .param("applicant.idNumber", idNumber).param("applicant.name", name)
                .param("applicant.address", address)
                .param("components[0].name", "Đơn đề nghị").param("components[0].received", "true")
                .param("components[1].name", "Quyết định bổ nhiệm").param("components[1].received", "true")
                .param("components[2].name", "Giấy tờ hội viên").param("components[2].received", "true")
                .param("returnMethod", "COUNTER")
                .with(WebTestSupport.as(context, "tiepnhan")).with(csrf());
    }

    private String receive(MockMultipartHttpServletRequestBuilder form) throws Exception {
        String location = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return location.substring("/office/dossiers/".length());
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String hiddenLookup(String form) {
        String marker = "name=\"populationLookup\" value=\"";
        int start = form.indexOf(marker) + marker.length();
        return form.substring(start, form.indexOf('"', start));
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
