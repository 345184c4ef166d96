package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The body's organisations, committee members, partner accounts and meetings, kept by the coordination. */
class PartnersIT extends BrowserTest {

    @Test
    void theCoordinationSeesItsPartnersAndAddsAnOrganisation() {
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.click(By.id("nav-organisations"));

        assertThat(browser.text(By.id("organisations:list"))).contains("CISSS de la Montérégie-Centre, Direction de santé publique", "DSP");
        assertThat(browser.text(By.id("membersForm:members"))).contains("Sabrina Bachellerie", "Comité exécutif");
        assertThat(browser.text(By.id("accounts:list"))).contains("partenaire.monteregie", "(DSP)");

        String name = "Maison de la famille des Maskoutains " + System.nanoTime();
        browser.find(By.id("organisations:name")).sendKeys(name);
        browser.find(By.id("organisations:sector")).sendKeys("Communautaire");
        browser.click(By.id("organisations:add"));
        assertThat(browser.waitForText(By.id("organisations:list"), name)).contains(name);
        browser.screenshot("50-organisations");
    }

    @Test
    void aPartnerAccountLinksOnlyALoginOfTheBody() {
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.click(By.id("nav-organisations"));

        browser.find(By.id("accounts:username")).sendKeys("personne.inexistante");
        browser.click(By.id("accounts:assign"));
        assertThat(browser.waitForText(By.xpath("//*[@id='accounts:username']/following-sibling::*[contains(@class,'ui-message')]"),
                "Personne de l'instance ne se connecte avec ce nom d'utilisateur")).isNotEmpty();
        assertThat(browser.find(By.id("accounts:username")).getAttribute("value")).isEqualTo("personne.inexistante");


        retype("accounts:username", "coordination.capitale");
        WebElement firstRefusal = browser.find(By.xpath("//*[@id='accounts:username']/following-sibling::*[contains(@class,'ui-message')]"));
        browser.click(By.id("accounts:assign"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(firstRefusal));
        assertThat(browser.waitForText(By.xpath("//*[@id='accounts:username']/following-sibling::*[contains(@class,'ui-message')]"),
                "Personne de l'instance")).as("a login of another body").isNotEmpty();
        assertThat(browser.find(By.id("accounts:username")).getAttribute("value")).isEqualTo("coordination.capitale");

        retype("accounts:username", "partenaire.monteregie");
        browser.choose("accounts:organisation", "CISSS de la Montérégie-Centre, Direction de santé publique (DSP)");
        browser.click(By.id("accounts:assign"));
        assertThat(browser.waitForText(By.id("messages"), "Compte associé.")).contains("Compte associé.");
        assertThat(browser.text(By.id("accounts:list"))).contains("partenaire.monteregie").doesNotContain("personne.inexistante")
                .doesNotContain("coordination.capitale");
    }

    /** Replaces a field's text, once an Ajax update has settled on the field it replaced. */
    private void retype(String id, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
                    WebElement field = driver.findElement(By.id(id));
                    field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                            org.openqa.selenium.Keys.DELETE);
                    field.sendKeys(text);
                    return text.equals(driver.findElement(By.id(id)).getAttribute("value"));
                });
    }

    @Test
    void theCoordinationRecordsAMeetingOnAnElementOfItsPlan() {
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.click(By.id("nav-meetings"));
        String theme = "Littératie et éveil à la lecture " + System.nanoTime();

        WebElement date = browser.find(By.id("editor:heldOn_input"));
        date.sendKeys("2019-01-22");
        browser.click(By.xpath("//label[@for='editor:mode:1']"));
        browser.find(By.id("editor:theme")).sendKeys(theme);
        browser.check("editor:elements", "Réaliser la journée de partage");
        browser.find(By.id("editor:notes")).click();
        browser.screenshot("51-meeting-elements");
        browser.click(By.id("editor:save"));

        String list = browser.waitForText(By.id("meetings:list"), theme);
        assertThat(list).contains(theme, "En ligne", "2019-01-22", "Réaliser la journée de partage.");
        browser.screenshot("51-meetings");
    }

    @Test
    void partnersReadThePartnersButChangeNothing() {
        browser.open("/");
        browser.logIn("partenaire.monteregie");
        browser.click(By.id("nav-organisations"));
        assertThat(browser.text(By.id("organisations:list"))).contains("DSP");
        assertThat(browser.driver().findElements(By.id("organisations:add"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("accounts:assign"))).isEmpty();

        browser.click(By.id("nav-meetings"));
        browser.find(By.id("meetings:list"));
        assertThat(browser.driver().findElements(By.id("editor:save"))).isEmpty();
    }
}
