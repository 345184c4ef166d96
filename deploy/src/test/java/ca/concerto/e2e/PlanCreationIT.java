package ca.concerto.e2e;

import static ca.concerto.e2e.PlanPageSteps.add;
import static ca.concerto.e2e.PlanPageSteps.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordination team creates a plan from a shared template, builds its tree down to an activity, and
 * finds the activity on the timeline where its schedule puts it; removing an element asks first.
 */
class PlanCreationIT extends BrowserTest {

    @Test
    void aPlanFromATemplateGrowsToAnActivityThatTheTimelineShowsInItsSeason() {
        String planTitle = "Plan d'action 2018-2019 — essai " + System.nanoTime();
        browser.open("/");
        browser.logIn("coordination.capitale");
        createPlan(planTitle);

        assertThat(browser.text(By.id("plan-title"))).isEqualTo(planTitle);
        assertThat(browser.text(By.id("plan-status"))).isEqualTo("Brouillon");
        String axis = add(browser, null, "Axe", "Soutenir le développement global de l'enfant", null);
        String orientation = add(browser, axis, "Orientation", "Faire connaître les succès d'intégration", null);
        String objective = add(browser, orientation, "Objectif", "Promouvoir les services de garde éducatifs", null);
        String action = add(browser, objective, "Action", "Diffuser le cadre de référence", null);
        String activity = add(browser, action, "Activité", "Rencontre régionale des partenaires à Québec", "Printemps 2019");
        assertThat(browser.text(By.xpath("//span[@data-element='" + activity + "']/ancestor::tr"))).contains("Printemps 2019");
        browser.screenshot("20-plan-created");

        browser.click(By.id("lifecycle:timeline"));
        WebElement row = browser.find(By.cssSelector(".timeline-row[data-element='" + activity + "']"));
        assertThat(row.getText()).contains("Rencontre régionale des partenaires à Québec", "Printemps 2019",
                "2019-03-20", "2019-06-20");
        assertThat(row.findElement(By.cssSelector(".timeline-bar")).getAttribute("style")).contains("left:");
        browser.screenshot("21-timeline");
    }

    @Test
    void removingAnElementFirstShowsWhatGoesWithIt() {
        browser.open("/");
        browser.logIn("coordination.capitale");
        createPlan("Plan à élaguer " + System.nanoTime());
        String axis = add(browser, null, "Axe", "Axe à retirer", null);
        add(browser, axis, "Orientation", "Orientation qui part avec son axe", null);

        browser.click(By.cssSelector("[data-remove='" + axis + "']"));
        assertThat(browser.text(By.id("removal-summary"))).contains("2 élément(s)");
        assertThat(browser.text(By.id("removal"))).contains("Axe à retirer", "Orientation qui part avec son axe");
        browser.screenshot("22-remove-confirmation");
        browser.click(By.id("removal:confirmRemove"));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-element='" + axis + "']")));
        assertThat(browser.text(By.id("messages"))).contains("Élément supprimé.");
    }

    @Test
    void anArchivedPlanStaysReadableWithItsBannerAndNoLongerChanges() {
        browser.open("/");
        browser.logIn("coordination.capitale");
        createPlan("Plan à archiver " + System.nanoTime());
        add(browser, null, "Axe", "Axe conservé", null);

        browser.click(By.id("lifecycle:archive"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));

        assertThat(browser.text(By.id("read-only-banner"))).contains("Plan archivé");
        assertThat(browser.text(By.id("plan-status"))).isEqualTo("Archivé");
        assertThat(browser.driver().findElements(By.cssSelector("[data-edit]"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("lifecycle:archive"))).isEmpty();
    }

    @Test
    void anAdoptedPlanIsCarriedForwardIntoANewDraftForTheNextPeriod() {
        String title = "Plan de travail 2022-2023 " + System.nanoTime();
        browser.open("/");
        browser.logIn("coordination.capitale");
        browser.click(By.id("newPlanButton"));
        browser.click(By.xpath("//label[@for='newPlan:source:1']"));
        browser.choose("newPlan:fromPlan", "Plan de travail 2021-2022");
        type(browser, "newPlan:title", title);
        type(browser, "newPlan:periodLabel", "2022-2023");
        browser.click(By.id("newPlan:create"));

        browser.find(By.id("plan:tree"));
        assertThat(browser.text(By.id("plan-title"))).isEqualTo(title);
        assertThat(browser.text(By.id("plan-status"))).isEqualTo("Brouillon");
        assertThat(browser.text(By.id("plan:tree"))).contains("FAVORISER L'ÉQUITÉ EN SANTÉ ET LA QUALITÉ DE VIE DES FAMILLES",
                "LES LIEUX DE CONCERTATION");
    }

    @Test
    void aPlanNeedsATitleAndPartnersCannotCreateOne() {
        browser.open("/");
        browser.logIn("coordination.capitale");
        browser.click(By.id("newPlanButton"));
        browser.click(By.id("newPlan:create"));
        assertThat(browser.waitForText(By.xpath("//*[@id='newPlan:title']/following-sibling::*[contains(@class, 'ui-message')]"),
                "Le titre est obligatoire.")).isEqualTo("Le titre est obligatoire.");

        browser.open("/");
        browser.logOut();
        browser.open("/");
        browser.logIn("partenaire.capitale");
        browser.find(By.id("plans"));
        assertThat(browser.driver().findElements(By.id("newPlanButton"))).isEmpty();
    }

    @Test
    void theCoordinationAcceptsOrRefusesTheFieldsOfActionConcertoSuggests() {
        browser.open("/");
        browser.logIn("coordination.capitale");
        createPlan("Plan à classer " + System.nanoTime());
        String reading = add(browser, null, "Axe", "Favoriser l'éveil à la lecture des tout-petits", null);
        String parents = add(browser, null, "Axe", "Soutenir les parents des tout-petits", null);

        browser.click(By.id("lifecycle:fieldSuggestions"));
        assertThat(browser.text(By.cssSelector("[data-suggested='" + reading + "']"))).contains("Éveil à la lecture et à l'écriture");
        assertThat(browser.text(By.cssSelector("[data-suggested='" + parents + "']"))).contains("Soutien parental");
        browser.screenshot("23-field-suggestions");
        browser.click(By.cssSelector("[data-reject='" + parents + "']"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-suggested='" + parents + "']")));
        browser.click(By.id("suggestions:acceptAll"));

        assertThat(browser.waitForText(By.id("messages"), "Champs d'action acceptés.")).contains("Champs d'action acceptés.");
        assertThat(browser.waitForText(By.id("suggestions"), "Aucune suggestion")).contains("Aucune suggestion");
        String plan = browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
        Api api = new Api();
        String token = api.token("coordination.capitale");
        assertThat(api.get(Platform.URL + "/api/plans/" + plan + "/elements/" + reading, token).body())
                .contains("\"fieldsOfAction\":[\"early-literacy\"]");
        assertThat(api.get(Platform.URL + "/api/plans/" + plan + "/elements/" + parents, token).body())
                .contains("\"fieldsOfAction\":[]");
    }

    private void createPlan(String title) {
        browser.click(By.id("newPlanButton"));
        type(browser, "newPlan:title", title);
        type(browser, "newPlan:periodLabel", "2018-2019");
        type(browser, "newPlan:start_input", "2018-07-01");
        type(browser, "newPlan:end_input", "2019-06-30");
        browser.click(By.id("newPlan:create"));
        browser.find(By.id("plan:tree"));
    }


}
