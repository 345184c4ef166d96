package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An adopted plan changes only through a new version, which the committee adopts in its turn. */
class PlanAdoptionIT extends BrowserTest {

    @Test
    void aNewVersionOfTheAdoptedPlanIsADraftUntilTheCommitteeAdoptsIt() {
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.click(By.linkText("Plan d'action annuel 2018-2019"));
        String adopted = browser.url();

        browser.click(By.id("lifecycle:newVersion"));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> !driver.getCurrentUrl().equals(adopted));
        assertThat(browser.text(By.id("plan-status"))).isEqualTo("Brouillon");
        assertThat(browser.text(By.id("plan-edition"))).isNotEqualTo("version 1");
        assertThat(browser.driver().findElements(By.id("read-only-banner"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[data-edit]"))).isNotEmpty();
        assertThat(browser.text(By.id("plan:tree"))).contains("Réaliser la journée de partage.");

        browser.click(By.id("lifecycle:adopt"));
        browser.find(By.id("adoption:date_input")).sendKeys("2026-11-24", Keys.TAB);
        browser.find(By.id("adoption:body")).sendKeys("Comité régional Opération Colibri");
        browser.find(By.id("adoption:comment")).sendKeys("Adoptée à la rencontre de novembre");
        browser.screenshot("12-plan-adoption");
        browser.click(By.id("adoption:confirm"));

        assertThat(browser.text(By.id("read-only-banner"))).startsWith(
                "Plan adopté le 24 novembre 2026 par Comité régional Opération Colibri.");
        assertThat(browser.driver().findElements(By.cssSelector("[data-edit]"))).isEmpty();
        browser.open(adopted.substring(Platform.URL.length()));
        assertThat(browser.text(By.id("read-only-banner"))).startsWith("Plan adopté le 24 mai 2018");
    }

    @Test
    void anAdoptionWithoutADateIsRefusedNextToTheField() {
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.click(By.linkText("Plan d'action annuel 2018-2019"));
        browser.click(By.id("lifecycle:newVersion"));
        browser.find(By.id("lifecycle:adopt"));

        browser.click(By.id("lifecycle:adopt"));
        browser.find(By.id("adoption:body")).sendKeys("Comité régional Opération Colibri");
        browser.click(By.id("adoption:confirm"));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("adoption"), "La date d'adoption est obligatoire."));
        assertThat(browser.text(By.id("plan-status"))).isEqualTo("Brouillon");

        browser.find(By.id("adoption:date_input")).sendKeys("2027-02-30", Keys.TAB);
        browser.click(By.id("adoption:confirm"));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("adoption"), "« 2027-02-30 » n'est pas une date"));
        assertThat(browser.find(By.id("adoption:date_input")).getAttribute("value")).as("what was typed stays").isEqualTo("2027-02-30");
        assertThat(browser.text(By.id("plan-status"))).isEqualTo("Brouillon");
    }

    @Test
    void partnersCannotAdoptNorStartVersions() {
        browser.open("/");
        browser.logIn("partenaire.monteregie");
        browser.click(By.linkText("Plan d'action annuel 2018-2019"));
        browser.find(By.id("plan:tree"));

        assertThat(browser.driver().findElements(By.id("lifecycle:newVersion"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("lifecycle:adopt"))).isEmpty();
    }
}
