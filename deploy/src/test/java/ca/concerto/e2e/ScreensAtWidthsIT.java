package ca.concerto.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Every screen of a coordination and of the network at a laptop's, a small laptop's and a phone's width: nothing
 * spills sideways out of the page, axe-core finds nothing serious, and a screenshot of each is kept.
 */
class ScreensAtWidthsIT extends BrowserTest {

    private final Api api = new Api();

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1400, 1024, 390})
    void everyScreenFitsItsWidth(int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        String token = api.token("coordination.monteregie");
        long plan = api.planId(token, "Plan d'action annuel 2018-2019");
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put("plans", "/index.xhtml");
        screens.put("plan", "/plan.xhtml?id=" + plan);
        screens.put("dashboard", "/dashboard.xhtml?id=" + plan);
        screens.put("history", "/history.xhtml?id=" + plan);
        screens.put("timeline", "/timeline.xhtml?id=" + plan);
        screens.put("organisations", "/organisations.xhtml");
        screens.put("meetings", "/meetings.xhtml");
        screens.put("watch", "/watch.xhtml");
        screens.put("import", "/import.xhtml");
        screens.put("workbook", "/workbook.xhtml?id=" + plan);

        SoftAssertions softly = new SoftAssertions();
        browser.open("/");
        browser.logIn("coordination.monteregie");
        screens.forEach((name, path) -> look(softly, name, path, width));
        browser.logOut();
        browser.open("/");
        browser.logIn("analyste.reseau");
        look(softly, "network", "/network.xhtml", width);
        browser.logOut();
        browser.open("/");
        browser.logIn("admin.plateforme");
        look(softly, "platform", "/platform.xhtml", width);
        look(softly, "templates", "/templates.xhtml", width);
        softly.assertAll();
    }

    private void look(SoftAssertions softly, String name, String path, int width) {
        browser.open(path);
        browser.find(By.id("content"));
        Object sideways = browser.driver().executeScript("""
                const limit = document.documentElement.clientWidth + 1;
                if (document.documentElement.scrollWidth <= limit) return null;
                const wide = Array.from(document.querySelectorAll('main *')).filter(e => e.offsetParent !== null
                    && e.getBoundingClientRect().right > limit && !e.closest('.table-scroll, .ui-datatable-scrollable-body'));
                return wide.slice(0, 3).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ') || 'the page';""");
        softly.assertThat(sideways).as(name + " at " + width + " px: spills sideways").isNull();
        softly.assertThat(Accessibility.seriousViolations(browser.driver())).as(name + " at " + width + " px").isEmpty();
        browser.screenshot("80-" + name + "-" + width);
    }
}
