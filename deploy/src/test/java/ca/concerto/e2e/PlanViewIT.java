package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The 2018–2019 plan reads like the committee's document, and can be searched and filtered. */
class PlanViewIT extends BrowserTest {

    private static final String ANNUAL_PLAN = "Plan d'action annuel 2018-2019";

    @Test
    void theAnnualPlanReadsLikeTheDocumentAndIsReadOnlySinceItsAdoption() {
        openAnnualPlan();

        assertThat(browser.text(By.id("plan-title"))).isEqualTo(ANNUAL_PLAN);
        assertThat(browser.text(By.id("read-only-banner")))
                .isEqualTo("Plan adopté le 24 mai 2018 par Comité régional Opération Colibri. Il est en lecture seule : "
                        + "les changements se font dans une nouvelle version.");
        String table = browser.text(By.id("plan:tree"));
        // The level names are upper-cased by the page's style, as in the documents.
        assertThat(table).contains("SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT", "ORIENTATION 1.1", "1.1.1. OBJECTIF",
                "Plan de communication 2018-2019", "Échéancier", "Porteur", "Résultats attendus");
        WebElement sharingDay = row("Réaliser la journée de partage.");
        assertThat(sharingDay.getText()).contains("10 octobre 2018");
        assertThat(titles()).hasSize(113);
        browser.screenshot("08-plan-2018-2019");
    }

    @Test
    void theTreesTogglesWorkFromTheKeyboard() {
        openAnnualPlan();
        WebElement toggle = browser.find(By.cssSelector(".plan-tree .tree-toggle[aria-expanded='true']"));
        assertThat(toggle.getTagName()).isEqualTo("button");
        assertThat(toggle.getAttribute("aria-label")).startsWith("Replier : ");
        int shown = titles().size();

        toggle.sendKeys(org.openqa.selenium.Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .withMessage("Enter collapses the branch").until(driver -> titles().size() < shown);
        WebElement collapsed = browser.find(By.cssSelector(".plan-tree .tree-toggle[aria-expanded='false']"));
        assertThat(collapsed.getAttribute("aria-label")).startsWith("Déplier : ");
        collapsed.sendKeys(org.openqa.selenium.Keys.SPACE);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .withMessage("Space expands it again").until(driver -> titles().size() == shown);
    }

    @Test
    void foldingEverythingLeavesTheAxesAndStaysFoldedThroughAFilter() {
        openAnnualPlan();
        int axes = browser.driver().findElements(By.cssSelector("[id='plan:tree'] tr.depth-0")).size();

        browser.click(By.id("collapseAll"));
        assertThat(titles()).hasSize(axes).anyMatch(title -> title.equalsIgnoreCase("Soutenir le développement global de l'enfant"));
        browser.select("plan:lead", "RCPEM");
        waitForRowCount(count -> count <= axes);
        assertThat(browser.driver().findElements(By.cssSelector("[id='plan:tree'] .element-title")).size()).isGreaterThan(titles().size());

        browser.click(By.id("expandAll"));
        assertThat(titles()).contains("Réaliser la journée de partage.");
    }

    @Test
    void searchingKeepsTheMatchingRowsAndTheHeadingsAboveThem() {
        openAnnualPlan();

        browser.find(By.id("plan:search")).sendKeys("info-colibri");
        waitForRowCount(count -> count < 113);

        List<String> titles = titles();
        assertThat(titles).contains("Poursuivre les diffusions de l'Info-Colibri.",
                "Plan de communication 2018-2019").doesNotContain("Réaliser la journée de partage.");
        browser.screenshot("09-plan-search");
    }

    @Test
    void filteringOnALeadShowsItsActionsWithTheirActivities() {
        openAnnualPlan();

        browser.select("plan:lead", "RCPEM");
        waitForRowCount(count -> count < 113);

        // RCPEM leads action 2 of objective 1.1.2; its activities come with it.
        assertThat(titles()).contains("Réaliser la journée de partage.", "Évaluation de la journée et suivi au CROC.")
                .doesNotContain("Poursuivre les diffusions de l'Info-Colibri.");
    }

    @Test
    void anotherBodysPlanLinkShowsNothingOfThatBody() {
        openAnnualPlan();
        String monteregiePlan = browser.url().substring(Platform.URL.length());
        browser.logOut();

        browser.open("/");
        browser.logIn("coordination.capitale");
        browser.open(monteregiePlan);

        // Plan numbers belong to each body: the same number names one of Capitale-Nationale's plans, or none.
        browser.find(By.id("content"));
        assertThat(browser.pageSource()).doesNotContain("Réaliser la journée de partage").doesNotContain("Colibri")
                .doesNotContain("Montérégie");
    }

    @Test
    void aNumberThatIsNoPlanOfTheBodyIsNotFound() {
        browser.open("/");
        browser.logIn("coordination.monteregie");

        for (String path : new String[] {"/plan.xhtml?id=987654", "/plan.xhtml?id=-1", "/plan.xhtml"}) {
            browser.open(path);
            assertThat(browser.text(By.cssSelector("#not-found h1"))).as(path).isEqualTo("Plan introuvable");
        }
    }

    @Test
    void fiftyTabsOfOneSessionOpeningThePlanAtOnceAllGetThePlan() throws Exception {
        openAnnualPlan();
        String page = browser.url();
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(page))
                .header("Cookie", "JSESSIONID=" + session).GET().build();

        List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> tabs = new java.util.ArrayList<>();
        for (int tab = 0; tab < 50; tab++) {
            tabs.add(http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofString()));
        }

        for (var tab : tabs) {
            java.net.http.HttpResponse<String> answer = tab.get();
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains(ANNUAL_PLAN, "Réaliser la journée de partage.", "Sommaire du plan");
        }
    }

    private void openAnnualPlan() {
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.click(By.linkText(ANNUAL_PLAN));
        browser.find(By.id("plan:tree"));
    }

    /** The titles of the rows shown (not folded away), read in one go: an Ajax update cannot change them under the reading. */
    @SuppressWarnings("unchecked")
    private List<String> titles() {
        browser.find(By.id("plan:tree"));
        return (List<String>) browser.driver().executeScript("return Array.from(document.querySelectorAll("
                + "'[id=\"plan:tree\"] .element-title')).filter(e => !e.closest('tr').hidden).map(e => e.textContent.trim());");
    }

    private WebElement row(String title) {
        return browser.find(By.xpath("//span[@class='element-title' and normalize-space()=\"" + title + "\"]/ancestor::tr"));
    }

    private void waitForRowCount(java.util.function.IntPredicate condition) {
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(driver -> condition.test(titles().size()));
    }
}
