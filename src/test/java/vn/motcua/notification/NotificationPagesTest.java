package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierView;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.web.WebTestSupport;
import vn.motcua.web.portal.PortalFixtures;

/**
 * Administrators edit templates (unknown placeholders refused), read the demo mailbox and SMS log,
 * set officers' contacts and see what failed; a citizen chooses the channels on the online submission.
 */
@MotcuaIntegrationTest
class NotificationPagesTest {

    private static final String TEMPLATE = "/admin/notifications/templates/RECEIVED/SMS/vi";
    private static final String SUBMIT = "/submit/1.001612";
    private static final String PASSWORD = "mot cau chuyen dai";

    @Autowired
    WebApplicationContext context;
    @Autowired
    NotificationFixtures fixtures;
    @Autowired
    NotificationTemplates templates;
    @Autowired
    NotificationChoices choices;
    @Autowired
    SmsSimulator sms;

    MockMvc mvc;
    UserDetails admin;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
        admin = WebTestSupport.officer(context, "admin");
    }

    @AfterEach
    void gatewayUp() {
        sms.setMode(SimulatorMode.UP);
    }

    @Test
    void aTemplateNamingAPlaceholderItsKindDoesNotFillIsRefusedAndAnEditedOneIsWhatCitizensGet() throws Exception {
        NotificationTemplate seeded = templates.get(NotificationKind.RECEIVED, NotificationChannel.SMS, "vi");
        try {
            mvc.perform(post(TEMPLATE).with(WebTestSupport.formToken()).with(user(admin))
                            .param("body", "Ho so {code}: hen {appointment}, can bo {officer}"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("href=\"#body\""),
                            containsString("Mẫu này không có {officer}. Có thể dùng: {applicant}, {appointment}"))));
            assertThat(templates.get(NotificationKind.RECEIVED, NotificationChannel.SMS, "vi").body())
                    .isEqualTo(seeded.body());

            mvc.perform(post(TEMPLATE).with(WebTestSupport.formToken()).with(user(admin))
                            .param("body", "UBND tinh: ho so {code} da tiep nhan, hen {appointment}"))
                    .andExpect(redirectedUrl("/admin/notifications/templates"));
            DossierView d = fixtures.receiveAtCounter("0987400001", null);
            fixtures.awaitSent(d.code(), NotificationKind.RECEIVED, NotificationChannel.SMS);
            assertThat(sms.receivedFor("0987400001").getFirst().text())
                    .startsWith("UBND tinh: ho so " + d.code() + " da tiep nhan, hen ");
        } finally {
            templates.update(seeded.kind(), seeded.channel(), seeded.language(), seeded.subject(), seeded.body(),
                    "admin");
        }
    }

    @Test
    void theDemoMailboxListsAMailAndOpensItAndTheSmsLogShowsTheText() throws Exception {
        DossierView d = fixtures.receiveAtCounter(null, "lo.mai.pages@example.vn");
        fixtures.awaitSent(d.code(), NotificationKind.RECEIVED, NotificationChannel.EMAIL);
        String list = WebTestSupport.html(mvc, get("/admin/notifications/mailbox").with(user(admin)));
        Matcher link = Pattern.compile("href=\"(/admin/notifications/mailbox/\\d+)\">Hồ sơ " + Pattern.quote(d.code()))
                .matcher(list);
        assertThat(link.find()).as("the list links the mail by its subject").isTrue();
        mvc.perform(get(link.group(1)).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lo.mai.pages@example.vn"),
                        containsString("Kính gửi Lò Thị Mai,"))));
        mvc.perform(get("/admin/notifications/mailbox/999999").with(user(admin))).andExpect(status().isNotFound());

        DossierView bySms = fixtures.receiveAtCounter("0987400002", null);
        fixtures.awaitSent(bySms.code(), NotificationKind.RECEIVED, NotificationChannel.SMS);
        mvc.perform(get("/admin/notifications/sms").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ho so " + bySms.code() + " da duoc tiep nhan")));
    }

    @Test
    void onlyAdministratorsOpenTheNotificationPages() throws Exception {
        for (String page : new String[] {"/admin/notifications", "/admin/notifications/mailbox",
            "/admin/notifications/sms", "/admin/notifications/templates", "/admin/notifications/officers"}) {
            mvc.perform(get(page).with(WebTestSupport.as(context, "tiepnhan"))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(user(admin))).andExpect(status().isOk());
        }
    }

    @Test
    void anAdministratorSeesAMessageWaitingForAnotherAttemptAndSetsTheSimulatorsMode() throws Exception {
        mvc.perform(post("/admin/notifications/sms/mode").with(WebTestSupport.formToken()).with(user(admin))
                .param("mode", "DOWN")).andExpect(redirectedUrl("/admin/notifications/sms"));
        assertThat(sms.mode()).isEqualTo(SimulatorMode.DOWN);
        DossierView d = fixtures.receiveAtCounter("0987400003", null);
        Await.until(() -> fixtures.messages(d.code()).stream().anyMatch(m -> m.attempts() > 0));

        mvc.perform(get("/admin/notifications").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(d.code()), containsString("SMS: 0987400003"),
                        containsString("Chờ gửi lại"), containsString("503"))));
        mvc.perform(post("/admin/notifications/sms/mode").with(WebTestSupport.formToken()).with(user(admin))
                .param("mode", "SIDEWAYS")).andExpect(status().isBadRequest());
    }

    @Test
    void anOfficersContactIsCheckedBeforeItIsSaved() throws Exception {
        mvc.perform(post("/admin/notifications/officers/vanthu.tuphap").with(WebTestSupport.formToken())
                        .with(user(admin)).param("email", "vanthu-at-example.vn").param("phone", "0987400004"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#email\""),
                        containsString("Địa chỉ e-mail không hợp lệ."), containsString("value=\"0987400004\""))));
        assertThat(choices.officerContacts()).noneMatch(c -> c.username().equals("vanthu.tuphap"));

        mvc.perform(post("/admin/notifications/officers/vanthu.tuphap").with(WebTestSupport.formToken())
                        .with(user(admin)).param("email", "vanthu@example.vn").param("phone", ""))
                .andExpect(redirectedUrl("/admin/notifications/officers"));
        assertThat(choices.officerContacts())
                .contains(new OfficerContact("vanthu.tuphap", "vanthu@example.vn", null));
    }

    @Test
    void theSimulatorRefusesAMessageWithoutARecipientAndRecognisesOneItAlreadyHas() throws Exception {
        mvc.perform(post(SmsSimulator.PATH).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"t-1\",\"text\":\"Xin chao\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        String message = "{\"id\":\"pages-t-2\",\"to\":\"0987400005\",\"text\":\"Xin chao\"}";
        mvc.perform(post(SmsSimulator.PATH).contentType(MediaType.APPLICATION_JSON).content(message))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post(SmsSimulator.PATH).contentType(MediaType.APPLICATION_JSON).content(message))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DUPLICATE"));
        assertThat(sms.receivedFor("0987400005")).hasSize(1);
    }

    @Test
    void aCitizenSubmittingInEnglishChoosesEmailOnlyAndTheDossierKeepsThatChoice() throws Exception {
        MockHttpSession visitor = new MockHttpSession();
        Cookie draft = walkToCheck(visitor);
        Cookie english = new Cookie("motcua-lang", "en");
        mvc.perform(get(SUBMIT + "/check").session(visitor).cookie(draft, english)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("E-mail to hoa@example.vn"),
                        containsString("SMS to 0987400006"))));

        mvc.perform(post(SUBMIT + "/check").session(visitor).with(WebTestSupport.formToken()).cookie(draft, english)
                .param("notifyEmail", "true")).andExpect(redirectedUrl(SUBMIT + "/confirmation"));
        Matcher code = Pattern.compile("<strong>([^<]+)</strong>").matcher(WebTestSupport.html(mvc,
                get(SUBMIT + "/confirmation").cookie(draft)));
        assertThat(code.find()).isTrue();
        assertThat(choices.forDossier(code.group(1)))
                .contains(new DossierChoice(new ChannelChoice(true, false), "en"));
    }

    @Test
    void aCitizensAccountDefaultsAreWhatTheSubmissionTicks() throws Exception {
        String username = "u" + PortalFixtures.newIdNumber();
        mvc.perform(post("/account/register").with(WebTestSupport.formToken()).param("username", username)
                        .param("type", "CITIZEN").param("idNumber", PortalFixtures.newIdNumber())
                        .param("fullName", "Quàng Thị Hoa").param("phone", "0987400007").param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(redirectedUrl("/account/login?registered"));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/account/login").session(session).with(WebTestSupport.formToken())
                .param("username", username).param("password", PASSWORD)).andExpect(redirectedUrl("/account/dossiers"));

        mvc.perform(post("/account/notifications").session(session).with(WebTestSupport.formToken())
                .param("sms", "true")).andExpect(redirectedUrl("/account/notifications"));
        mvc.perform(get("/account/notifications").session(session)).andExpect(content().string(allOf(
                containsString("name=\"sms\" value=\"true\" checked"), not(containsString("name=\"email\" value=\"true\" checked")))));

        Cookie draft = walkToCheck(session);
        mvc.perform(get(SUBMIT + "/check").session(session).cookie(draft)).andExpect(content().string(allOf(
                containsString("name=\"notifySms\" value=\"true\" checked"),
                not(containsString("name=\"notifyEmail\" value=\"true\" checked")))));
    }

    /** Answers every page of the wizard up to "check your answers", with an e-mail and a phone; returns the draft. */
    private Cookie walkToCheck(MockHttpSession session) throws Exception {
        Cookie draft = mvc.perform(post(SUBMIT).session(session).with(WebTestSupport.formToken())).andReturn()
                .getResponse().getCookie("motcua-draft");
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(post(SUBMIT + "/who").session(session).with(WebTestSupport.formToken()).cookie(draft)
                .param("applyingAs", "MYSELF"));
        mvc.perform(post(SUBMIT + "/applicant").session(session).with(WebTestSupport.formToken()).cookie(draft)
                        .param("applicant.name", "Quàng Thị Hoa").param("applicant.idNumber", "011090004321")
                        .param("applicant.phone", "0987400006").param("applicant.email", "hoa@example.vn"))
                .andExpect(redirectedUrl(SUBMIT + "/documents"));
        mvc.perform(multipart(SUBMIT + "/documents").session(session).with(WebTestSupport.formToken()).cookie(draft)
                        .file(new MockMultipartFile("components[0].file", "don.pdf", "application/pdf", pdf))
                        .param("components[0].delivery", "UPLOAD").param("components[1].delivery", "NOT_NEEDED")
                        .param("components[2].delivery", "POST").param("components[3].delivery", "NOT_NEEDED"))
                .andExpect(redirectedUrl(SUBMIT + "/result"));
        mvc.perform(post(SUBMIT + "/result").session(session).with(WebTestSupport.formToken()).cookie(draft)
                        .param("returnMethod", "COUNTER").param("receivingUnit", "000.01.31.H18"))
                .andExpect(redirectedUrl(SUBMIT + "/check"));
        return draft;
    }
}
