package ca.concerto.e2e;

import java.time.Duration;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every screen and dialog, for every role, as axe-core (WCAG 2.1 A and AA) reads it in the browser: no serious
 * and no critical violation. Each role walks what it can reach; a screen is checked as its person sees it,
 * dialogs and panels open.
 */
class AccessibilityIT extends BrowserTest {

    private static final String ANNUAL_PLAN = "Plan d'action annuel 2018-2019";
    private static final String DRAFT_PLAN = "Panification année transitoire 2021-2022";

    private final Api api = new Api();
    private SoftAssertions softly;

    @BeforeEach
    void wide() {
        browser.driver().manage().window().setSize(new Dimension(1400, 900));
        softly = new SoftAssertions();
    }

    @AfterEach
    void allScreensChecked() {
        softly.assertAll();
    }

    @Test
    void theCoordinationsScreensAndDialogs() {
        browser.open("/");
        browser.logIn("coordination.monteregie");
        check("plans");
        browser.click(By.cssSelector("[id$='newPlanButton']"));
        browser.find(By.id("newPlan:title"));
        check("new plan dialog");

        browser.open("/");
        browser.click(By.linkText(ANNUAL_PLAN));
        browser.find(By.id("plan:tree"));
        check("adopted plan");
        browser.click(By.cssSelector("[data-follow-up]"));
        browser.find(By.id("followUp:status"));
        check("follow-up panel");

        browser.open("/");
        browser.click(By.linkText(DRAFT_PLAN));
        browser.find(By.id("plan:tree"));
        check("draft plan");
        String element = browser.find(By.cssSelector("tr.item-row .element-title")).getAttribute("data-element");
        browser.click(By.cssSelector("[data-edit='" + element + "']"));
        browser.find(By.id("editor:title"));
        check("edit panel");
        browser.click(By.id("editor:cancel"));
        wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".editor-panel")));
        browser.click(By.id("plan:addTop"));
        browser.find(By.id("addition:title"));
        check("add dialog");
        browser.driver().navigate().refresh();
        browser.click(By.cssSelector("[data-move='" + element + "']"));
        browser.find(By.id("moving:target"));
        check("move dialog");
        browser.driver().navigate().refresh();
        browser.click(By.cssSelector("[data-remove='" + element + "']"));
        browser.find(By.id("removal:confirmRemove"));
        check("remove dialog");
        browser.driver().navigate().refresh();
        browser.click(By.id("lifecycle:adopt"));
        browser.find(By.id("adoption:date_input"));
        check("adopt dialog");
        browser.driver().navigate().refresh();
        browser.click(By.id("lifecycle:fieldSuggestions"));
        browser.find(By.id("suggestions"));
        check("field suggestions dialog");

        browser.driver().navigate().refresh();
        browser.click(By.id("lifecycle:dashboard"));
        browser.find(By.id("content"));
        check("dashboard");
        browser.driver().navigate().back();
        browser.click(By.id("lifecycle:timeline"));
        browser.find(By.id("content"));
        check("timeline");
        browser.driver().navigate().back();
        browser.click(By.id("lifecycle:history"));
        browser.find(By.id("history:revisions"));
        check("history");
        browser.driver().navigate().back();
        browser.click(By.id("lifecycle:importWorkbook"));
        browser.find(By.id("content"));
        check("workbook import");

        for (String screen : new String[] {"/organisations.xhtml", "/meetings.xhtml", "/watch.xhtml", "/templates.xhtml",
                "/import.xhtml"}) {
            browser.open(screen);
            browser.find(By.id("content"));
            check(screen);
        }
    }

    @Test
    void aPartnersAndAnAuditorsScreens() {
        browser.open("/");
        browser.logIn("partenaire.monteregie");
        check("plans (partner)");
        browser.click(By.linkText(ANNUAL_PLAN));
        browser.find(By.id("plan:tree"));
        check("plan (partner)");
        browser.logOut();

        long plan = api.planId(api.token("verification.monteregie"), ANNUAL_PLAN);
        browser.open("/");
        browser.logIn("verification.monteregie");
        check("plans (auditor)");
        browser.open("/history.xhtml?id=" + plan);
        browser.find(By.id("history:revisions"));
        check("history (auditor)");
        browser.click(By.xpath("//button[@title='Voir le plan à cette révision 1']"));
        browser.waitForText(By.id("history:snapshot"), "Réaliser la journée de partage.");
        check("plan as of a revision");
    }

    @Test
    void theNetworksThePlatformsAndThoseWithoutABody() {
        browser.open("/");
        browser.logIn("analyste.reseau");
        browser.find(By.id("content"));
        check("network");
        browser.logOut();
        check("logged out");

        browser.open("/");
        browser.logIn("admin.plateforme");
        browser.find(By.id("content"));
        check("platform administration");
        browser.logOut();

        browser.open("/");
        browser.logIn("coordination.montreal");
        browser.find(By.id("content"));
        check("choose a body");
        browser.logOut();

        browser.open("/");
        browser.logIn("sans.organisation");
        browser.find(By.id("content"));
        check("no access");
    }

    private void check(String screen) {
        softly.assertThat(Accessibility.seriousViolations(browser.driver())).as(screen).isEmpty();
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(condition);
    }
}
