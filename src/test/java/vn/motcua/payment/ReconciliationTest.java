package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.web.WebTestSupport;
import vn.motcua.web.portal.PortalFixtures;

/**
 * The day's reconciliation against the simulated platform's settlement report, read over real HTTP: a
 * payment made online that day matches its report line; a success the platform never settled (planted in
 * the province's table) is listed for the administrator, who must write a note to resolve it, and who and
 * when are kept; running the day again neither reopens nor repeats it.
 */
@MotcuaIntegrationTest
class ReconciliationTest {

    /** A Monday no other test pays on. */
    private static final LocalDate DAY = LocalDate.of(2025, 7, 14);
    private static final String PLANTED = "MCPLANT0714";

    @Autowired
    WebApplicationContext context;
    @Autowired
    DossierFixtures dossiers;
    @Autowired
    Payments payments;
    @Autowired
    Reconciliations reconciliations;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    final PayerBrowser payer = new PayerBrowser();

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String paidOnline() throws Exception {
        DossierView d = dossiers.submitNotaryCardOnline(PortalFixtures.newIdNumber(), "Lò Thị Đối");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/follow").session(session).with(WebTestSupport.formToken())
                        .with(PortalFixtures.from("10.78.0.14")).param("code", d.code())
                        .param("idNumber", d.applicant().idNumber()))
                .andExpect(redirectedUrl("/follow/" + d.code()));
        String payerPage = mvc.perform(post("/follow/" + d.code() + "/payment").session(session)
                        .with(WebTestSupport.formToken()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String back = payer.decide(payerPage, "PAY", "NONE");
        return back.substring(back.lastIndexOf('/') + 1);
    }

    /** A success recorded on our side at 10:00 that day, of which the platform knows nothing. */
    private void plantUnsettledSuccess() {
        jdbc.sql("""
                insert into payment_attempt (reference, dossier_code, unit_code, channel, state, amount_vnd, fee_positions,
                    account_number, bank_code, created_by, created_at, settled_at)
                values (?, '000.00.01.H18-250714-9999', '000.00.02.H18', 'NATIONAL_PLATFORM', 'SUCCEEDED', 70000,
                    '{}', '371100000099', '970415', 'test', ?, ?)""")
                .params(PLANTED, tenOClock(), tenOClock()).update();
    }

    private static java.sql.Timestamp tenOClock() {
        return java.sql.Timestamp.from(DAY.atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    private ResultActions asAdmin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(user(WebTestSupport.officer(context, "admin"))).with(WebTestSupport.formToken()));
    }

    private List<ReconciliationDifference> ofTheDay() {
        return reconciliations.differences().stream().filter(x -> x.day().equals(DAY)).toList();
    }

    @Test
    void aPlantedDifferenceIsListedAndResolvedOnlyWithANote() throws Exception {
        clock.setLocal(DAY.atTime(9, 0));
        String matched = paidOnline();
        assertThat(payments.find(matched).orElseThrow().state()).isEqualTo(PaymentState.SUCCEEDED);
        plantUnsettledSuccess();
        clock.setLocal(LocalDateTime.of(2025, 7, 15, 6, 30));

        asAdmin(post("/admin/reconciliation/run").param("day", DAY.toString()))
                .andExpect(redirectedUrl("/admin/reconciliation"));

        assertThat(ofTheDay()).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(DifferenceKind.MISSING_ON_PLATFORM);
            assertThat(x.reference()).isEqualTo(PLANTED);
            assertThat(x.ourAmountVnd()).isEqualTo(70_000);
            assertThat(x.platformAmountVnd()).isNull();
            assertThat(x.open()).isTrue();
        });
        assertThat(reconciliations.lastRuns(1)).singleElement().satisfies(run -> {
            assertThat(run.day()).isEqualTo(DAY);
            assertThat(run.ourCount()).isEqualTo(2);
            assertThat(run.platformCount()).isEqualTo(1);
        });
        String page = asAdmin(get("/admin/reconciliation")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(PLANTED, "Hệ thống có, nền tảng không có", "70.000 đ · 371100000099 @ 970415",
                "Đánh dấu đã xử lý").doesNotContain(matched);

        long id = ofTheDay().getFirst().id();
        String refused = asAdmin(post("/admin/reconciliation/" + id + "/resolve").param("note", "  "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Hãy ghi chú đã kiểm tra và xử lý chênh lệch thế nào.");
        assertThat(ofTheDay().getFirst().open()).isTrue();

        asAdmin(post("/admin/reconciliation/" + id + "/resolve").param("note", "Giao dịch thử, đã hủy với ngân hàng"))
                .andExpect(redirectedUrl("/admin/reconciliation"));
        assertThat(ofTheDay()).singleElement().satisfies(x -> {
            assertThat(x.resolvedBy()).isEqualTo("admin");
            assertThat(x.resolvedAt()).isEqualTo(clock.instant());
            assertThat(x.note()).isEqualTo("Giao dịch thử, đã hủy với ngân hàng");
        });
        assertThat(asAdmin(get("/admin/reconciliation")).andReturn().getResponse().getContentAsString())
                .contains("Đã xử lý bởi admin lúc 15/07/2025 06:30:00: Giao dịch thử, đã hủy với ngân hàng");

        // Again: the difference is found again but kept once, and stays resolved.
        reconciliations.run(DAY, "admin");
        assertThat(ofTheDay()).singleElement().satisfies(x -> assertThat(x.open()).isFalse());
        asAdmin(post("/admin/reconciliation/" + id + "/resolve").param("note", "Lần hai"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDayNotOverOrNotADateIsRefused() throws Exception {
        String today = asAdmin(post("/admin/reconciliation/run").param("day", LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(today).contains("Chỉ đối soát được ngày đã qua.");
        String garbage = asAdmin(post("/admin/reconciliation/run").param("day", "hôm qua"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(garbage).contains("Hãy chọn ngày đối soát", "value=\"hôm qua\"");
    }
}
