package ca.concerto.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/** Deque's axe-core rules for WCAG 2.1 A and AA, run in the page as the browser shows it now. */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** The serious and critical violations on the page, one line each: rule, impact, and the elements at fault. */
    static List<String> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not run: " + results.getErrorMessage());
        }
        return results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Accessibility::describe).toList();
    }

    private static String describe(Rule rule) {
        List<String> where = rule.getNodes().stream().limit(3)
                .map(node -> node.getTarget() + " " + abbreviated(node.getHtml())).toList();
        return rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + "): " + rule.getHelp() + " " + where;
    }

    private static String abbreviated(String html) {
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
