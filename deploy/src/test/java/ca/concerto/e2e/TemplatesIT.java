package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.By;

/** The platform administrator gives a template starter content; new plans start with it, and keep it. */
class TemplatesIT extends BrowserTest {

    private final Api api = new Api();

    @Test
    void aStarterElementAddedByTheAdministratorIsInNewPlansAndStaysWhenRemovedFromTheTemplate() {
        String title = "ORIENTATION COMMUNE " + System.nanoTime();
        browser.open("/");
        browser.logIn("admin.plateforme");
        browser.click(By.id("templates-link"));
        browser.choose("templates:code", "Plan de travail");
        browser.waitForText(By.id("templates:levels"), "priorite");
        browser.choose("templates:starterLevel", "Orientation");
        browser.find(By.id("templates:starterTitle")).sendKeys(title);
        browser.click(By.id("templates:addStarter"));
        assertThat(browser.waitForText(By.id("starters"), title)).contains("Orientation — " + title);
        browser.screenshot("90-templates");

        String token = api.token("coordination.capitale");
        HttpResponse<String> created = api.post(Platform.URL + "/api/plans", token,
                "{\"template\":\"work-plan\",\"title\":\"Plan de travail 2026-2027\",\"period\":\"2026-2027\",\"starter\":true}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long plan = ((JsonObject) Api.json(created)).getJsonNumber("id").longValue();
        assertThat(api.elements(token, plan)).extracting(element -> element.getString("title")).contains(title);

        By starter = By.xpath("//*[@id='starters']/li[contains(., '" + title + "')]");
        browser.click(By.xpath("//*[@id='starters']/li[contains(., '" + title + "')]//button"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(starter));
        assertThat(browser.driver().findElements(starter)).isEmpty();
        assertThat(api.elements(token, plan)).extracting(element -> element.getString("title")).contains(title);
    }

    @Test
    void aCoordinatorCannotManageTemplates() {
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.open("/templates.xhtml");
        assertThat(browser.driver().findElements(By.id("templates:addStarter"))).isEmpty();
    }
}
