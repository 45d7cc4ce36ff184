package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.motcua.dossier.internal.HandlerFixtures.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An officer acts on their own unit's dossiers only (DOMAIN.md §2); reasons are never blank. */
class GuardsTest {

    @Test
    void anOfficerOfOneOfTheUnitsActs() {
        assertThatCode(() -> Guards.requireUnit(SPECIALIST, RECEIVING, COMPETENT)).doesNotThrowAnyException();
        assertThatCode(() -> Guards.requireUnit(RECEPTIONIST, RECEIVING, COMPETENT)).doesNotThrowAnyException();
        assertThatCode(() -> Guards.requireUnit(SPECIALIST, COMPETENT)).doesNotThrowAnyException();
    }

    @Test
    void anOfficerOfAnotherUnitIsToldWhoseDossierItIs() {
        var e = refused(() -> Guards.requireUnit(SPECIALIST, RECEIVING, OTHER_UNIT), "dossier.unit.notYours");
        assertThat(e.problems().getFirst().arguments()).containsExactly(OTHER_UNIT);
    }

    @Test
    void theApplicantAndSystemsHaveNoUnit() {
        assertThatCode(() -> Guards.requireUnit(APPLICANT, RECEIVING)).doesNotThrowAnyException();
        assertThatCode(() -> Guards.requireUnit(PAYMENT_PLATFORM, RECEIVING)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n"})
    void aBlankReasonIsRefusedUnderItsField(String reason) {
        invalid(() -> Guards.required(reason, "reasons"), "reasons", "dossier.reason.required");
    }

    @Test
    void aReasonIsKeptWithoutTheSpaceAroundIt() {
        assertThat(Guards.required("  Thiếu bản chính  ", "reason")).isEqualTo("Thiếu bản chính");
    }
}
