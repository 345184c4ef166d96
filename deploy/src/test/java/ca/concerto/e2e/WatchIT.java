package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The public-policy watch: an item posted by one body reaches every body with a notice; markup typed into
 * it stays text; a body's unshared assessment stays its own, while the network sees it.
 */
class WatchIT extends BrowserTest {

    @Test
    void anItemReachesEveryBodyAsTypedAndAnUnsharedAssessmentStaysTheBodysOwn() {
        String marker = String.valueOf(System.nanoTime());
        String title = "<b>Loi " + marker + "</b> <script>document.title='piraté'</script> <img src=x onerror=\"document.title='piraté'\">";
        String note = "Haltes-garderies <i>touchées</i> <script>document.title='piraté'</script> " + marker;

        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.click(By.id("nav-watch"));
        type("post:title", title);
        type("post:publishedOn_input", "2025-03-01");
        type("post:source", "javascript:alert(1)");
        browser.click(By.id("post:save"));
        assertThat(browser.waitForText(By.xpath("//*[@id='post:source']/following-sibling::*[contains(@class,'ui-message')]"),
                "adresse web")).contains("http://");
        type("post:source", "https://www.quebec.ca/famille-et-soutien-aux-personnes");
        browser.click(By.id("post:save"));
        browser.waitForText(By.id("messages"), "publié");
        assertThat(browser.text(By.id("board:items"))).contains(title);
        assertThat(browser.driver().getTitle()).doesNotContain("piraté");
        browser.logOut();

        browser.open("/");
        browser.logIn("coordination.capitale");
        assertThat(browser.text(By.id("watch-notice"))).contains("depuis votre dernière visite");
        browser.click(By.id("nav-watch"));
        WebElement link = browser.find(By.xpath("//a[contains(@class,'watch-title') and contains(., 'Loi " + marker + "')]"));
        assertThat(link.findElements(By.tagName("b"))).isEmpty();
        assertThat(link.getText()).isEqualTo(title);
        link.click();
        browser.find(By.id("assessment:note")).sendKeys(note);
        browser.choose("assessment:impact", "Élevé");
        browser.click(By.id("assessment:save"));
        browser.waitForText(By.id("messages"), "Évaluation enregistrée.");
        assertThat(browser.driver().getTitle()).doesNotContain("piraté");
        browser.screenshot("80-watch");
        browser.logOut();

        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.click(By.id("nav-watch"));
        browser.click(By.xpath("//a[contains(@class,'watch-title') and contains(., 'Loi " + marker + "')]"));
        assertThat(browser.text(By.id("others"))).doesNotContain(note);
        browser.logOut();

        browser.open("/");
        browser.logIn("analyste.reseau");
        browser.click(By.id("watch-link"));
        browser.click(By.xpath("//a[contains(@class,'watch-title') and contains(., 'Loi " + marker + "')]"));
        assertThat(browser.waitForText(By.id("others"), note)).contains("Grandissons tous ensemble", "Élevé");
        assertThat(browser.driver().findElements(By.cssSelector("#others i"))).isEmpty();
        assertThat(browser.driver().getTitle()).doesNotContain("piraté");
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }
}
