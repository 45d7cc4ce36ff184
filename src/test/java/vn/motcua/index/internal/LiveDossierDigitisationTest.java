package vn.motcua.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.DossierView;

/** 5.2 reads "all components digitised" over the components the applicant actually handed in. */
class LiveDossierDigitisationTest {

    @Test
    void aComponentNotApplicableDoesNotCountAgainstAFullyDigitisedDossier() {
        assertThat(LiveDossierFacts.allDigitised(List.of(component(1, true, true), component(2, false, false))))
                .isTrue();
    }

    @Test
    void aSubmittedComponentLeftOnPaperMakesTheDossierNotDigitised() {
        assertThat(LiveDossierFacts.allDigitised(List.of(component(1, true, true), component(2, true, false))))
                .isFalse();
    }

    @Test
    void aDossierWithNothingSubmittedHasNothingDigitised() {
        assertThat(LiveDossierFacts.allDigitised(List.of(component(1, false, false)))).isFalse();
        assertThat(LiveDossierFacts.allDigitised(List.of())).isFalse();
    }

    private static DossierView.Component component(int position, boolean submitted, boolean digitised) {
        return new DossierView.Component(position, "Thành phần " + position, 1, 0, submitted, digitised, false, false,
                List.of());
    }
}
