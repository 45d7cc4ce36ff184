package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierAction.*;
import static vn.motcua.dossier.DossierStatus.*;
import static vn.motcua.dossier.Party.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The whole table, as DOMAIN.md §4 reads; and the diagram in the docs drawn from it. */
class DossierStateMachineTest {

    /** status × action → status and who: the table written out by hand, row for row. */
    private static final List<String> EXPECTED = List.of(
            "null SUBMIT_ONLINE NEW [APPLICANT]",
            "null RECEIVE_AT_COUNTER RECEIVED [RECEPTION] +RECEIPT",
            "NEW ACCEPT RECEIVED [RECEPTION] +RECEIPT",
            "NEW REQUEST_SUPPLEMENT SUPPLEMENT_REQUESTED [RECEPTION]",
            "NEW REFUSE REFUSED [RECEPTION]",
            "NEW WITHDRAW WITHDRAWN [APPLICANT, RECEPTION]",
            "RECEIVED COMPLETE_STEP PROCESSING [RECEPTION] +STEP_COMPLETION",
            "RECEIVED APOLOGISE RECEIVED [LEADER, RECEPTION]",
            "RECEIVED STOP STOPPED [LEADER]",
            "RECEIVED WITHDRAW WITHDRAWN [APPLICANT, RECEPTION]",
            "PROCESSING ASSIGN PROCESSING [CLERK, LEADER, RECEPTION, SPECIALIST]",
            "PROCESSING COMPLETE_STEP PROCESSING [CLERK, LEADER, RECEPTION, SPECIALIST] +STEP_COMPLETION",
            "PROCESSING SEND_BACK PROCESSING [CLERK, LEADER, SPECIALIST]",
            "PROCESSING REQUEST_SUPPLEMENT SUPPLEMENT_REQUESTED [LEADER, SPECIALIST]",
            "PROCESSING REQUIRE_PAYMENT FINANCIAL_OBLIGATION [LEADER, SPECIALIST]",
            "PROCESSING APOLOGISE PROCESSING [LEADER, SPECIALIST]",
            "PROCESSING STOP STOPPED [LEADER]",
            "PROCESSING MARK_DONE DONE [CLERK, LEADER, SPECIALIST] +STEP_COMPLETION",
            "PROCESSING WITHDRAW WITHDRAWN [APPLICANT, RECEPTION]",
            "SUPPLEMENT_REQUESTED SUPPLEMENT resume [APPLICANT, RECEPTION]",
            "SUPPLEMENT_REQUESTED WITHDRAW WITHDRAWN [APPLICANT, RECEPTION]",
            "SUPPLEMENT_REQUESTED STOP STOPPED [LEADER]",
            "FINANCIAL_OBLIGATION RECORD_PAYMENT PROCESSING [SYSTEM]",
            "FINANCIAL_OBLIGATION APOLOGISE FINANCIAL_OBLIGATION [LEADER, SPECIALIST]",
            "FINANCIAL_OBLIGATION STOP STOPPED [LEADER]",
            "FINANCIAL_OBLIGATION WITHDRAW WITHDRAWN [APPLICANT, RECEPTION]",
            "DONE RETURN_RESULT RETURNED [RECEPTION] +STEP_COMPLETION");

    @Test
    void theTableIsExactlyTheLifecycleOfDomainSection4() {
        assertThat(DossierStateMachine.table()).extracting(DossierStateMachineTest::describe)
                .containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void everyStatusAndPairIsDefinedOnceAndEveryActionIsUsed() {
        Set<String> pairs = new HashSet<>();
        DossierStateMachine.table().forEach(t -> assertThat(pairs.add(t.from() + " " + t.action())).isTrue());
        assertThat(DossierStateMachine.table()).extracting(Transition::action).containsAll(List.of(DossierAction.values()));
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"REFUSED", "WITHDRAWN", "STOPPED", "RETURNED"})
    void nothingCanBeDoneToAClosedDossier(DossierStatus closed) {
        assertThat(closed.closed()).isTrue();
        for (DossierAction action : DossierAction.values()) {
            assertThat(DossierStateMachine.transition(closed, action)).isEmpty();
        }
    }

    @Test
    void everyOpenStatusCanBeLeftAndReached() {
        Set<DossierStatus> reached = DossierStateMachine.table().stream().map(Transition::to)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        assertThat(reached).containsExactlyInAnyOrder(DossierStatus.values());
        Stream.of(DossierStatus.values()).filter(s -> !s.closed())
                .forEach(open -> assertThat(Arrays.stream(Party.values())
                        .flatMap(p -> DossierStateMachine.actionsFor(open, p).stream())).isNotEmpty());
    }

    @Test
    void onlyReceptionReceivesRefusesAndReturnsAndOnlyTheApplicantOrCounterWithdraws() {
        assertThat(DossierStateMachine.actionsFor(NEW, SPECIALIST)).isEmpty();
        assertThat(DossierStateMachine.actionsFor(DONE, CLERK)).isEmpty();
        assertThat(DossierStateMachine.actionsFor(PROCESSING, APPLICANT)).containsExactly(WITHDRAW);
        assertThat(DossierStateMachine.actionsFor(SUPPLEMENT_REQUESTED, APPLICANT)).containsExactly(SUPPLEMENT,
                WITHDRAW);
    }

    @Test
    void aRowIsFoundByItsStatusAndActionAndTheCreationsByNoStatus() {
        Transition accept = DossierStateMachine.transition(NEW, DossierAction.ACCEPT).orElseThrow();
        assertThat(accept.to()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(accept.creates()).isFalse();
        assertThat(accept.resumes()).isFalse();
        Transition submit = DossierStateMachine.transition(null, SUBMIT_ONLINE).orElseThrow();
        assertThat(submit.creates()).isTrue();
        assertThat(submit.to()).isEqualTo(NEW);
        assertThat(DossierStateMachine.transition(NEW, SUBMIT_ONLINE)).isEmpty();
        assertThat(DossierStateMachine.transition(DONE, DossierAction.ACCEPT)).isEmpty();
        assertThat(DossierStateMachine.transition(SUPPLEMENT_REQUESTED, SUPPLEMENT).orElseThrow().resumes()).isTrue();
    }

    /** The diagram's lines, written from the table above: a creation, a receipt, a resumption, an end. */
    @Test
    void theDiagramDrawsEachRowWithWhoAndWhatItPublishes() {
        assertThat(DossierStateMachine.mermaid()).startsWith("stateDiagram-v2\n").contains(
                "    [*] --> NEW : SUBMIT_ONLINE (APPLICANT)\n",
                "    NEW --> RECEIVED : ACCEPT (RECEPTION) + DossierReceived\n",
                "    PROCESSING --> DONE : MARK_DONE (CLERK, LEADER, SPECIALIST) + StepCompleted\n",
                "    SUPPLEMENT_REQUESTED --> NEW_or_PROCESSING : SUPPLEMENT (APPLICANT, RECEPTION)\n",
                "    FINANCIAL_OBLIGATION --> PROCESSING : RECORD_PAYMENT (SYSTEM)\n",
                "    RETURNED --> [*]\n");
        assertThat(DossierStateMachine.mermaid()).doesNotContain("PROCESSING --> [*]");
    }

    /**
     * The diagram in docs/dossier-status-machine.md is drawn from the table. When the table changes this
     * test rewrites the file and fails once, so the change to the docs is committed with the change to the table.
     */
    /** Tagged so that mutation testing, whose mutants would draw their own diagram, leaves it out. */
    @Test
    @Tag("writes-docs")
    void theDiagramInTheDocsIsDrawnFromTheTable() throws IOException {
        Path doc = Path.of("docs", "dossier-status-machine.md");
        String expected = """
                # The dossier status machine

                Generated from `DossierStateMachine` by `DossierStateMachineTest`; do not edit by hand.
                Codes are the national portal's (1 new … 10 returned). `NEW_or_PROCESSING`: an applicant's
                supplement returns the dossier to where it was paused (reception or processing). Every row
                publishes `DossierStatusChanged`; `+ DossierReceived` and `+ StepCompleted` name what a row
                publishes besides. Each action has one handler (`dossier.internal.*Handler`); see
                [adding-an-action.md](adding-an-action.md).

                ```mermaid
                %s```
                """.formatted(DossierStateMachine.mermaid());
        String actual = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        if (!actual.equals(expected)) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("docs/dossier-status-machine.md was stale and has been regenerated: commit it")
                .isEqualTo(expected);
    }

    private static String describe(Transition t) {
        String parties = t.parties().stream().map(Enum::name).sorted().collect(Collectors.joining(", ", "[", "]"));
        String emits = t.emits() == Transition.Emits.STATUS_CHANGE ? "" : " +" + t.emits();
        return t.from() + " " + t.action() + " " + (t.resumes() ? "resume" : t.to()) + " " + parties + emits;
    }
}
