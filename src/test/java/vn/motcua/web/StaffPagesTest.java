package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.login.LoginAttempts;
import vn.motcua.login.LoginEvent;
import vn.motcua.login.LoginScope;
import vn.motcua.organization.DelegationForm;
import vn.motcua.organization.Delegations;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.OfficerForm;

/**
 * The pages of issue 17's "when staff change": the hand-over on an officer's admin page and on the
 * leader's staff page, delegation forms, and work held by a locked account marked where the unit sees
 * it. Each test makes its own officers in the Department of Justice.
 */
@MotcuaIntegrationTest
class StaffPagesTest {

    /** Đăng ký hành nghề luật sư: a Justice procedure no other test receives, so its inbox filter is ours. */
    private static final String LAWYER = "1.002153";

    @Autowired
    WebApplicationContext context;
    @Autowired
    OfficeFixtures fixtures;
    @Autowired
    DossierHandling handling;
    @Autowired
    DossierQueries queries;
    @Autowired
    OfficerDirectory officers;
    @Autowired
    LoginAttempts logins;
    @Autowired
    Delegations delegations;

    MockMvc mvc;
    String justice;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        justice = officers.get("chuyenvien.tuphap").unit();
    }

    @Test
    void anAdministratorHandsAnOfficersOpenWorkOverFromTheOfficersPage() throws Exception {
        Officer leaving = newOfficer("SPECIALIST", "Lò Thị Nghỉ");
        Officer staying = newOfficer("SPECIALIST", "Lò Văn Nhận");
        DossierView held = assign(fixtures.atJustice(), leaving);

        mvc.perform(get("/admin/officers/" + leaving.username()).with(as("admin")))
                .andExpect(content().string(allOf(containsString("đang giữ 1 hồ sơ chưa xong"),
                        containsString("value=\"" + staying.username() + "\""))));
        mvc.perform(post("/admin/officers/" + leaving.username() + "/handover").with(WebTestSupport.formToken())
                        .with(as("admin")).param("to", staying.username()))
                .andExpect(redirectedUrl("/admin/officers/" + leaving.username()));

        assertThat(queries.find(held.code()).orElseThrow().currentAssignee()).isEqualTo(staying.username());
        mvc.perform(get("/office/dossiers/" + held.code()).with(as("chuyenvien.tuphap")))
                .andExpect(content().string(containsString("bàn giao việc của Lò Thị Nghỉ")));
    }

    @Test
    void aHandOverToAnotherRoleIsRefusedInTheUsersLanguageAndChangesNothing() throws Exception {
        Officer leaving = newOfficer("SPECIALIST", "Lò Thị Ốm");
        DossierView held = assign(fixtures.atJustice(), leaving);

        mvc.perform(post("/admin/officers/" + leaving.username() + "/handover").with(WebTestSupport.formToken())
                        .with(as("admin")).param("to", "vanthu.tuphap"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"error-summary\""),
                        containsString("href=\"#to\""), containsString("không cùng đơn vị hoặc không cùng vai trò"))));
        mvc.perform(post("/admin/officers/" + leaving.username() + "/handover?lang=en")
                        .with(WebTestSupport.formToken()).with(as("admin")).param("to", "vanthu.tuphap"))
                .andExpect(content().string(containsString("is not of the same unit or not of the same role")));

        assertThat(queries.find(held.code()).orElseThrow().currentAssignee()).isEqualTo(leaving.username());
    }

    @Test
    void aLeaderHandsOverAndDelegatesOnTheStaffPageAndOtherOfficersAreRefusedIt() throws Exception {
        Officer leader = newOfficer("LEADER", "Lò Văn Lãnh");
        Officer leaving = newOfficer("SPECIALIST", "Lò Thị Chuyển");
        Officer staying = newOfficer("SPECIALIST", "Lò Văn Ở Lại");
        DossierView held = assign(fixtures.atJustice(), leaving);

        mvc.perform(get("/office/staff").with(user(WebTestSupport.officer(context, leader.username()))))
                .andExpect(content().string(containsString("Lò Thị Chuyển (Chuyên viên xử lý, đang giữ 1 hồ sơ)")));
        mvc.perform(post("/office/staff/handover").with(WebTestSupport.formToken())
                        .with(user(WebTestSupport.officer(context, leader.username())))
                        .param("from", leaving.username()).param("to", staying.username()))
                .andExpect(redirectedUrl("/office/staff"));
        assertThat(queries.find(held.code()).orElseThrow().currentAssignee()).isEqualTo(staying.username());

        mvc.perform(post("/office/staff/delegations").with(WebTestSupport.formToken())
                        .with(user(WebTestSupport.officer(context, leader.username())))
                        .param("deputy", staying.username()).param("validFrom", "2020-01-01").param("validTo", "ngày mai"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#validFrom\""),
                        containsString("Ngày bắt đầu không được ở trong quá khứ"), containsString("href=\"#validTo\""),
                        containsString("value=\"ngày mai\""))));
        mvc.perform(get("/office/staff").with(as("chuyenvien.tuphap"))).andExpect(status().isForbidden());
        mvc.perform(get("/office/staff").with(as("admin")))
                .andExpect(content().string(containsString("mở trang của cán bộ đó trong Quản trị")));
        mvc.perform(post("/office/staff/handover").with(WebTestSupport.formToken()).with(as("lanhdao.taichinh"))
                        .param("from", staying.username()).param("to", leaving.username()))
                .andExpect(content().string(containsString("Không tìm thấy cán bộ " + staying.username())));
        assertThat(queries.find(held.code()).orElseThrow().currentAssignee()).isEqualTo(staying.username());
    }

    @Test
    void aDossierHeldByALockedAccountIsMarkedInTheUnitsInboxAndAColleagueTakesIt() throws Exception {
        Officer away = newOfficer("SPECIALIST", "Lò Văn Bị Khoá");
        DossierView held = assign(lawyerAtJustice(), away);
        String inbox = "/office/inbox?procedure=" + LAWYER;
        String marker = "Người giữ hồ sơ không làm việc được";

        assertThat(WebTestSupport.html(mvc, get(inbox).with(as("chuyenvien.tuphap")))).doesNotContain(marker);
        for (int i = 0; i < 10; i++) {
            logins.failed(LoginScope.OFFICER, away.username(), "203.0.113.251", LoginEvent.BAD_PASSWORD);
        }

        assertThat(WebTestSupport.html(mvc, get(inbox).with(as("chuyenvien.tuphap")))).contains(marker);
        assertThat(WebTestSupport.html(mvc, get("/office/dossiers/" + held.code()).with(as("chuyenvien.tuphap"))))
                .contains(marker).doesNotContain("value=\"" + away.username() + "\"");
        mvc.perform(post("/office/dossiers/" + held.code() + "/actions/ASSIGN").with(WebTestSupport.formToken())
                        .with(as("chuyenvien.tuphap")).param("version", String.valueOf(held.lockVersion()))
                        .param("assignee", "chuyenvien.tuphap"))
                .andExpect(redirectedUrl("/office/dossiers/" + held.code()));
        assertThat(queries.find(held.code()).orElseThrow().currentAssignee()).isEqualTo("chuyenvien.tuphap");
    }

    @Test
    void aDeputyIsOfferedTheLeadersStepDuringTheDelegationAndTheDossierPageSaysOnWhoseBehalf() throws Exception {
        Officer leader = newOfficer("LEADER", "Lò Văn Giám Đốc");
        Officer deputy = newOfficer("SPECIALIST", "Lò Thị Phó Phòng");
        String today = delegations.today().toString();
        delegations.delegate(leader, new DelegationForm(deputy.username(), today, today));
        DossierView atJustice = fixtures.atJustice();
        DossierView atApproval = handling.handle(fixtures.officer("chuyenvien.tuphap"), atJustice.code(),
                atJustice.lockVersion(), new DossierCommand.CompleteStep("Đủ điều kiện"));
        String page = "/office/dossiers/" + atApproval.code();

        assertThat(WebTestSupport.html(mvc, get(page).with(user(WebTestSupport.officer(context, deputy.username())))))
                .contains("actions/COMPLETE_STEP");
        mvc.perform(post(page + "/actions/COMPLETE_STEP").with(WebTestSupport.formToken())
                        .with(user(WebTestSupport.officer(context, deputy.username())))
                        .param("version", String.valueOf(atApproval.lockVersion())).param("note", "Đồng ý"))
                .andExpect(redirectedUrl(page));

        assertThat(WebTestSupport.html(mvc, get(page).with(as("chuyenvien.tuphap"))))
                .contains("thay mặt Lò Văn Giám Đốc");
    }

    private DossierView lawyerAtJustice() {
        DossierView d = handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(LAWYER,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, "011090006101", "Lò Văn Luật", null, null, null),
                null, null, List.of(new ComponentInput("Giấy đề nghị đăng ký hành nghề", 1, 0, true, false, false,
                        List.of())), ReturnMethod.COUNTER, null, null, null));
        return handling.handle(fixtures.officer("tiepnhan"), d.code(), d.lockVersion(),
                new DossierCommand.CompleteStep(null));
    }

    private DossierView assign(DossierView atJustice, Officer holder) {
        return handling.handle(fixtures.officer("chuyenvien.tuphap"), atJustice.code(), atJustice.lockVersion(),
                new DossierCommand.Assign(holder.username()));
    }

    private Officer newOfficer(String role, String name) {
        String username = "staffpage." + UUID.randomUUID().toString().substring(0, 8);
        return officers.create(new OfficerForm(username, name, role, justice, null, "motcua-test-pass", true));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return WebTestSupport.as(context, username);
    }
}
