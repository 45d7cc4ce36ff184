package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.organization.Delegation;
import vn.motcua.organization.DelegationForm;
import vn.motcua.organization.Delegations;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.OfficerForm;
import vn.motcua.organization.Role;
import vn.motcua.result.DossierDocuments;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;

/**
 * When staff change (issue 17): an officer's open work handed to a colleague in one action, a leader's
 * steps taken by a deputy during a delegation and only then, each written on the tracking sheet. Every
 * test makes its own officers in the Department of Justice, so the demo officers' work is untouched.
 */
@MotcuaIntegrationTest
class StaffChangesTest {

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    WorkHandover handover;
    @Autowired
    Delegations delegations;
    @Autowired
    OfficerDirectory officers;
    @Autowired
    DossierQueries queries;
    @Autowired
    DossierDocuments documents;

    String justice;

    @BeforeEach
    void setUp() {
        justice = officers.get("chuyenvien.tuphap").unit();
    }

    @Test
    void everyOpenDossierOfALeavingSpecialistGoesToTheColleagueChosenWithALineSayingWhoHandedItOver() {
        Officer leaving = newOfficer("SPECIALIST", "Lò Thị Đi", true);
        Officer staying = newOfficer("SPECIALIST", "Quàng Văn Ở", true);
        DossierView first = assignedTo(leaving, "011090006001");
        DossierView second = assignedTo(leaving, "011090006002");

        Handover done = handover.handOver(officers.get("admin"), leaving.username(), staying.username());

        assertThat(done.codes()).containsExactly(first.code(), second.code());
        for (String code : done.codes()) {
            DossierView d = queries.find(code).orElseThrow();
            assertThat(d.currentAssignee()).isEqualTo(staying.username());
            TrackingEntry line = d.tracking().getLast();
            assertThat(line.action()).isEqualTo(DossierAction.ASSIGN);
            assertThat(line.fromOfficer()).isEqualTo("admin");
            assertThat(line.handedOverName()).isEqualTo("Lò Thị Đi");
            assertThat(line.toOfficer()).isEqualTo(staying.username());
        }
        InboxQuery mine = new InboxQuery(InboxQuery.Scope.MINE, null, null, null, 1, 20);
        assertThat(queries.inbox(fixtures.officer(staying.username()), mine).items())
                .extracting(DossierSummary::code).containsExactlyInAnyOrder(first.code(), second.code());
        assertThat(queries.inbox(fixtures.officer(leaving.username()), mine).items()).isEmpty();
        assertThat(handover.openWorkOf(leaving.username())).isZero();
    }

    @Test
    void anOfficerActingOnADossierReadBeforeItWasHandedOverIsToldSomeoneChangedIt() {
        Officer leaving = newOfficer("SPECIALIST", "Lò Văn Vội", true);
        Officer staying = newOfficer("SPECIALIST", "Lò Văn Chậm", true);
        DossierView read = assignedTo(leaving, "011090006003");

        handover.handOver(officers.get("admin"), leaving.username(), staying.username());

        assertThatThrownBy(() -> fixtures.act(leaving.username(), read, new DossierCommand.CompleteStep("Xong")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(queries.find(read.code()).orElseThrow().currentAssignee()).isEqualTo(staying.username());
    }

    @Test
    void aHandOverToAnotherRoleToALockedAccountOrOfNothingIsRefusedWithItsReason() {
        Officer leaving = newOfficer("SPECIALIST", "Lò Thị Vắng", true);
        Officer clerk = newOfficer("CLERK", "Lò Thị Văn Thư", true);
        Officer locked = newOfficer("SPECIALIST", "Lò Văn Khoá", false);
        Officer idle = newOfficer("SPECIALIST", "Lò Văn Rảnh", true);
        DossierView held = assignedTo(leaving, "011090006004");
        Officer admin = officers.get("admin");

        assertRefused(() -> handover.handOver(admin, leaving.username(), clerk.username()),
                "staff.handover.to.otherRoleOrUnit");
        assertRefused(() -> handover.handOver(admin, leaving.username(), locked.username()),
                "staff.handover.to.unavailable");
        assertRefused(() -> handover.handOver(admin, idle.username(), leaving.username()), "staff.handover.nothing");
        assertThatThrownBy(() -> handover.handOver(officers.get("lanhdao.taichinh"), leaving.username(),
                idle.username())).isInstanceOf(NotFoundException.class);
        assertThat(queries.find(held.code()).orElseThrow().currentAssignee()).isEqualTo(leaving.username());
    }

    @Test
    void aDeputyApprovesOnTheLeadersBehalfDuringTheDelegationAndTheSheetSaysSo() throws IOException {
        Officer leader = newOfficer("LEADER", "Lò Văn Trưởng", true);
        Officer deputy = newOfficer("SPECIALIST", "Lò Thị Phó", true);
        delegate(leader, deputy, 0, 2);
        DossierView atApproval = atApproval("011090006005");

        DossierView approved = fixtures.act(deputy.username(), atApproval, new DossierCommand.CompleteStep("Đồng ý"));

        TrackingEntry line = approved.tracking().getLast();
        assertThat(line.fromOfficer()).isEqualTo(deputy.username());
        assertThat(line.onBehalfOf()).isEqualTo(leader.username());
        assertThat(line.onBehalfName()).isEqualTo("Lò Văn Trưởng");
        assertThat(approved.step().role()).isEqualTo(Role.CLERK);
        assertThat(sheetText(approved, Locale.of("vi"))).contains("Lò Thị Phó thay mặt Lò Văn Trưởng");
        assertThat(sheetText(approved, Locale.ENGLISH)).contains("Lò Thị Phó on behalf of Lò Văn Trưởng");
    }

    /** The tracking-sheet PDF's text, as the applicant's copy prints it. */
    private String sheetText(DossierView d, Locale locale) throws IOException {
        DossierDocuments.Pdf pdf = documents.render(fixtures.officer("chuyenvien.tuphap"), d.code(),
                DossierDocumentKind.TRACKING_SHEET, locale);
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void outsideTheDelegationOrOnceItIsEndedTheDeputyCannotTakeTheLeadersStep() {
        Officer leader = newOfficer("LEADER", "Lò Văn Cả", true);
        Officer deputy = newOfficer("SPECIALIST", "Lò Thị Thay", true);
        Delegation startsTomorrow = delegate(leader, deputy, 1, 3);
        DossierView atApproval = atApproval("011090006006");

        assertThat(queries.availableActions(fixtures.officer(deputy.username()), atApproval))
                .doesNotContain(DossierAction.COMPLETE_STEP);
        assertRefused(() -> fixtures.act(deputy.username(), atApproval, new DossierCommand.CompleteStep("Đồng ý")),
                "dossier.step.otherRole");

        delegations.end(startsTomorrow.id(), leader);
        Delegation today = delegate(leader, deputy, 0, 0);
        assertThat(queries.availableActions(fixtures.officer(deputy.username()), atApproval))
                .contains(DossierAction.COMPLETE_STEP);
        delegations.end(today.id(), leader);
        assertRefused(() -> fixtures.act(deputy.username(), atApproval, new DossierCommand.CompleteStep("Đồng ý")),
                "dossier.step.otherRole");
    }

    @Test
    void aLeaderDelegatesOnlyToAnotherLeaderOrSpecialistOfTheUnitForAPeriodFromToday() {
        Officer leader = newOfficer("LEADER", "Lò Văn Chủ", true);
        Officer clerk = newOfficer("CLERK", "Lò Thị Đóng Dấu", true);
        String today = delegations.today().toString();

        assertRefused(() -> delegations.delegate(leader, new DelegationForm(clerk.username(), today, today)),
                "staff.delegation.deputy.notEligible");
        assertRefused(() -> delegations.delegate(leader, new DelegationForm("chuyenvien.taichinh", today, today)),
                "staff.delegation.deputy.notEligible");
        assertRefused(() -> delegations.delegate(leader, new DelegationForm("chuyenvien.tuphap",
                delegations.today().minusDays(1).toString(), today)), "staff.delegation.from.past");
        assertRefused(() -> delegations.delegate(leader, new DelegationForm("chuyenvien.tuphap", today,
                delegations.today().minusDays(1).toString())), "staff.delegation.to.beforeFrom");
        assertRefused(() -> delegations.delegate(leader, new DelegationForm("chuyenvien.tuphap", "31/12/2026",
                today)), "staff.delegation.date.invalid");
        assertThat(delegations.visibleTo(leader)).isEmpty();
    }

    private Delegation delegate(Officer leader, Officer deputy, int fromDays, int toDays) {
        return delegations.delegate(leader, new DelegationForm(deputy.username(),
                delegations.today().plusDays(fromDays).toString(), delegations.today().plusDays(toDays).toString()));
    }

    /** A notary card dossier at the Justice department's specialist step, assigned to {@code holder}. */
    private DossierView assignedTo(Officer holder, String idNumber) {
        DossierView d = fixtures.receiveNotaryCard(idNumber, "Lò Văn Nộp");
        d = fixtures.act("tiepnhan", d, new DossierCommand.CompleteStep(null));
        return fixtures.act("chuyenvien.tuphap", d, new DossierCommand.Assign(holder.username()));
    }

    /** A notary card dossier at the Justice leader's approval step, nobody assigned. */
    private DossierView atApproval(String idNumber) {
        DossierView d = fixtures.receiveNotaryCard(idNumber, "Lò Văn Chờ");
        d = fixtures.act("tiepnhan", d, new DossierCommand.CompleteStep(null));
        d = fixtures.act("chuyenvien.tuphap", d, new DossierCommand.CompleteStep("Đủ điều kiện"));
        assertThat(d.step().role()).isEqualTo(Role.LEADER);
        return d;
    }

    private Officer newOfficer(String role, String name, boolean enabled) {
        String username = "staff." + UUID.randomUUID().toString().substring(0, 8);
        return officers.create(new OfficerForm(username, name, role, justice, null, "motcua-test-pass", enabled));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.problems()).extracting(UserInputException.Problem::messageKey).contains(key));
    }
}
