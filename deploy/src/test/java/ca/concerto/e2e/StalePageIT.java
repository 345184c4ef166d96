package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A member of two local tables keeps a page of one open while another tab moves the session to the other:
 * the old page's actions write nothing into the body now chosen, and the person is offered to reopen it in
 * its own body.
 */
class StalePageIT extends BrowserTest {

    private static final String HOCHELAGA = "montreal-hochelaga";
    private static final String COTE_DES_NEIGES = "montreal-cote-des-neiges";

    /** A draft plan that has the same number in both bodies, as "plan 1" had in the attack. */
    private String planNumber;

    @BeforeEach
    void logInWithAPlanOfTheSameNumberInEachBody() {
        browser.open("/");
        browser.logIn("coordination.montreal");
        int hochelaga = createPlan(HOCHELAGA, "Plan d'action Hochelaga " + System.nanoTime());
        int coteDesNeiges = createPlan(COTE_DES_NEIGES, "Plan d'action Côte-des-Neiges " + System.nanoTime());
        for (int tries = 0; hochelaga != coteDesNeiges && tries < 6; tries++) {
            if (hochelaga < coteDesNeiges) {
                hochelaga = createPlan(HOCHELAGA, "Plan d'action Hochelaga " + System.nanoTime());
            } else {
                coteDesNeiges = createPlan(COTE_DES_NEIGES, "Plan d'action Côte-des-Neiges " + System.nanoTime());
            }
        }
        assertThat(hochelaga).isEqualTo(coteDesNeiges);
        planNumber = String.valueOf(hochelaga);
    }

    @Test
    void adoptingOnAPageOfAnotherBodyAdoptsNothingAndOffersToReopenIt() {
        work(HOCHELAGA);
        browser.open("/plan.xhtml?id=" + planNumber);
        browser.click(By.id("lifecycle:adopt"));
        browser.find(By.id("adoption:date_input")).sendKeys("2026-11-24", Keys.TAB);
        browser.find(By.id("adoption:body")).sendKeys("Table de quartier");

        String oldPage = browser.openTab();
        work(COTE_DES_NEIGES);
        String otherTab = browser.tab();
        browser.switchToTab(oldPage);
        browser.click(By.id("adoption:confirm"));

        assertThat(browser.text(By.id("stale:notice"))).contains(
                "Cette page a été ouverte pour « Instance de concertation en petite enfance — Hochelaga-Maisonneuve »",
                "vous travaillez maintenant dans « Instance de concertation en petite enfance — Côte-des-Neiges »",
                "Rien n'a été enregistré");
        browser.screenshot("90-stale-page");

        browser.switchToTab(otherTab);
        browser.open("/plan.xhtml?id=" + planNumber);
        assertThat(browser.text(By.id("plan-title"))).startsWith("Plan d'action Côte-des-Neiges");
        assertThat(browser.text(By.id("plan-status"))).isEqualTo("Brouillon");

        browser.switchToTab(oldPage);
        browser.click(By.id("stale:reopen"));
        assertThat(browser.text(By.id("plan-title"))).startsWith("Plan d'action Hochelaga");
        assertThat(browser.text(By.id("plan-status"))).isEqualTo("Brouillon");
        assertThat(browser.text(By.id("current-tenant"))).endsWith("Hochelaga-Maisonneuve");
    }

    @Test
    void everyScreenThatWritesRefusesItsFormsOnceTheSessionMovedOn() {
        List<String> screens = List.of("/index.xhtml", "/plan.xhtml?id=" + planNumber,
                "/history.xhtml?id=" + planNumber, "/organisations.xhtml",
                "/meetings.xhtml", "/watch.xhtml");
        for (String screen : screens) {
            work(HOCHELAGA);
            String page = browser.tab();
            browser.open(screen);
            browser.find(By.id("current-tenant"));
            browser.openTab();
            work(COTE_DES_NEIGES);
            browser.driver().close();
            browser.switchToTab(page);

            browser.driver().executeScript("document.querySelector('form:not(#sessionBar)').submit()");

            assertThat(browser.text(By.id("stale:notice"))).as(screen).contains("Hochelaga-Maisonneuve", "Côte-des-Neiges");
        }
    }

    @Test
    void aDownloadLinkOfAPageOfAnotherBodyOffersToReopenIt() {
        work(HOCHELAGA);
        browser.open("/plan.xhtml?id=" + planNumber);
        String link = browser.find(By.id("lifecycle:docx")).getAttribute("href");
        String page = browser.openTab();
        work(COTE_DES_NEIGES);
        browser.switchToTab(page);

        browser.driver().get(link);

        assertThat(browser.text(By.id("stale:notice"))).contains("Hochelaga-Maisonneuve");
    }

    /** Moves the whole session to a body, as the choice page does. */
    private void work(String body) {
        browser.open("/choose-tenant.xhtml");
        browser.click(By.cssSelector("[data-tenant='" + body + "']"));
        browser.find(By.id("plans"));
    }

    private int createPlan(String body, String title) {
        work(body);
        browser.click(By.id("newPlanButton"));
        browser.find(By.id("newPlan:title")).sendKeys(title);
        browser.find(By.id("newPlan:periodLabel")).sendKeys("2026-2027");
        browser.click(By.id("newPlan:create"));
        browser.find(By.id("plan:tree"));
        return Integer.parseInt(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
}
