package vn.motcua.web.portal.submit;

import java.util.Arrays;
import vn.motcua.dossier.DraftSection;
import vn.motcua.platform.NotFoundException;

/** The wizard's pages in order, each asking for one section of the draft; the last checks the answers. */
enum WizardPage {
    WHO("who", DraftSection.APPLYING),
    APPLICANT("applicant", DraftSection.APPLICANT),
    DOCUMENTS("documents", DraftSection.COMPONENTS),
    RESULT("result", DraftSection.RESULT),
    CHECK("check", null);

    private final String path;
    private final DraftSection section;

    WizardPage(String path, DraftSection section) {
        this.path = path;
        this.section = section;
    }

    String path() {
        return path;
    }

    DraftSection section() {
        return section;
    }

    String template() {
        return "portal/submit/" + path;
    }

    WizardPage next() {
        return values()[ordinal() + 1];
    }

    /** The page before, null for the first (whose back link is the start page). */
    WizardPage previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    static WizardPage of(DraftSection section) {
        return Arrays.stream(values()).filter(p -> p.section == section).findFirst().orElseThrow();
    }

    static WizardPage ofPath(String path) {
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("draft.page.notFound", path));
    }
}
