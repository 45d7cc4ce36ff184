package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** axe-core's check of a page against WCAG 2.2 A and AA, as every browser test runs it. */
final class Axe {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Axe() {
    }

    /**
     * Fails, naming each rule broken and where, when the page as it is now violates one. Why these options:
     * axe runs inside the page (its legacy mode; the default opens a blank page per check to assemble the
     * frames' results, and these pages have no frames) and keeps the details of violations only: the same
     * rules and the same verdict, in a fraction of the time the suite spent on its many pages.
     */
    static void assertNoViolations(Page page) {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setResultTypes(List.of("violations"));
        List<Rule> violations = new AxeBuilder(page).options(options).setLegacyMode(true).analyze().getViolations();
        assertThat(violations).as(() -> describe(violations)).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
