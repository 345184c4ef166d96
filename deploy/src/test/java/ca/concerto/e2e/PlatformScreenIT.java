package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A platform administrator provisions a body from the screen and sees every body with the state of its space. */
class PlatformScreenIT extends BrowserTest {

    @Test
    void theAdministratorSeesEveryBodyAndProvisionsANewOneFromTheScreen() {
        browser.open("/");
        browser.logIn("admin.plateforme");
        browser.click(By.id("platform-link"));

        String bodies = browser.text(By.id("bodies"));
        assertThat(bodies).contains("Comité régional Opération Colibri — Montérégie", "monteregie", "Active");
        List<String> versions = versions();
        assertThat(versions).isNotEmpty().allMatch(version -> version.matches("\\d+")).containsOnly(versions.get(0));
        assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();
        browser.screenshot("70-platform");

        // A malformed identifier: said next to its field, nothing created.
        type("provision:displayName", "Table de concertation du Bas-Saint-Laurent");
        type("provision:slug", "Bas Saint-Laurent");
        type("provision:region", "Bas-Saint-Laurent");
        browser.click(By.id("provision:create"));
        assertThat(browser.waitForText(By.cssSelector(".field:has([id='provision:slug']) .ui-message"),
                "Identifiant invalide")).isNotBlank();
        assertThat(browser.find(By.id("provision:slug")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(versions()).hasSize(versions.size());

        String slug = "essai-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        type("provision:slug", slug);
        browser.choose("provision:kind", "Table locale");
        browser.click(By.id("provision:create"));

        assertThat(browser.waitForText(By.id("messages"), "Instance « Table de concertation du Bas-Saint-Laurent » créée"))
                .contains("est à jour");
        assertThat(browser.driver().findElement(By.id("provisioning")).isDisplayed()).as("the progress is gone").isFalse();
        assertThat(browser.text(By.cssSelector("[data-status='" + slug + "']"))).isEqualTo("Active");
        assertThat(browser.text(By.cssSelector("[data-version='" + slug + "']"))).isEqualTo(versions.get(0));
        assertThat(browser.find(By.id("provision:slug")).getAttribute("value")).isEmpty();
    }

    @Test
    void aCoordinatorHasNoPlatformAdministration() {
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.open("/platform.xhtml");

        assertThat(browser.text(By.id("not-allowed"))).contains("réservée aux administrateurs");
        assertThat(browser.driver().findElements(By.id("provision"))).isEmpty();
        assertThat(browser.pageSource()).doesNotContain("Concertation régionale Grandissons tous ensemble");
    }

    private List<String> versions() {
        return browser.driver().findElements(By.cssSelector("[data-version]")).stream().map(WebElement::getText).toList();
    }

    private void type(String id, String text) {
        PlanPageSteps.type(browser, id, text);
    }
}
