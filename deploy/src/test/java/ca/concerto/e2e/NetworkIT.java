package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The network analyst compares the bodies' adopted plans, and never sees a draft. */
class NetworkIT extends BrowserTest {

    private final Api api = new Api();

    @Test
    void theAnalystSeesAdoptedActionsByFieldOfActionAndNeverADraft() {
        String token = api.token("coordination.capitale");
        String marker = "Bibliothèques-" + System.nanoTime();
        long adopted = plan(token, "Plan adopté " + marker);
        long adoptedAction = action(token, adopted, "Éveil à la lecture dans les " + marker);
        assertThat(api.put(Platform.URL + "/api/plans/" + adopted + "/elements/" + adoptedAction, token,
                "{\"fromVersion\":0,\"title\":\"Éveil à la lecture dans les " + marker + "\",\"lead\":\"Ville de Québec\","
                        + "\"targetGroups\":[\"Familles " + marker + "\"],\"fieldsOfAction\":[\"early-literacy\"]}").statusCode()).isEqualTo(200);
        assertThat(api.post(Platform.URL + "/api/plans/" + adopted + "/adoption", token,
                "{\"on\":\"2025-06-12\",\"by\":\"Grandissons tous ensemble\"}").statusCode()).isEqualTo(200);
        long draft = plan(token, "Brouillon " + marker);
        action(token, draft, "Projet secret " + marker);

        browser.open("/");
        browser.logIn("analyste.reseau");
        browser.click(By.id("network-link"));

        assertThat(browser.text(By.id("bodies"))).contains("Plan d'action annuel 2018-2019", "Plan adopté " + marker)
                .doesNotContain("Brouillon " + marker);
        String cell = browser.text(By.cssSelector("#matrix tr[data-field='early-literacy'] td[data-body='capitale-nationale']"));
        assertThat(Integer.parseInt(cell.strip())).isGreaterThanOrEqualTo(1);
        String seeded = browser.text(By.cssSelector("#matrix tr[data-field='child-development'] td[data-body='monteregie']"));
        assertThat(Integer.parseInt(seeded.strip())).as("the seed plans' suggested fields, accepted at import").isGreaterThan(10);
        browser.click(By.cssSelector("#matrix tr[data-field='early-literacy'] td[data-body='capitale-nationale'] a"));
        assertThat(browser.waitForText(By.id("network:drill"), marker)).contains("Éveil à la lecture dans les " + marker);
        browser.screenshot("70-network");

        browser.find(By.id("network:words")).sendKeys(marker);
        browser.click(By.id("network:search"));
        String found = browser.waitForText(By.id("network:found"), "Éveil à la lecture");
        assertThat(found).contains("Grandissons tous ensemble", "Éveil à la lecture dans les " + marker)
                .doesNotContain("Projet secret");
        assertThat(browser.text(By.cssSelector("form#network"))).contains("Familles " + marker).doesNotContain("Projet secret");
    }

    @Test
    void aBodysMemberCannotOpenTheComparison() {
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.open("/network.xhtml");
        assertThat(browser.text(By.id("messages"))).contains("réservée aux analystes du réseau");
        assertThat(browser.driver().findElements(By.id("matrix"))).isEmpty();
    }

    private long plan(String token, String title) {
        HttpResponse<String> created = api.post(Platform.URL + "/api/plans", token,
                "{\"template\":\"transitional-plan\",\"title\":\"" + title + "\",\"period\":\"2025-2026\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((JsonObject) Api.json(created)).getJsonNumber("id").longValue();
    }

    private long action(String token, long plan, String title) {
        String elements = Platform.URL + "/api/plans/" + plan + "/elements";
        HttpResponse<String> section = api.post(elements, token, "{\"level\":\"section\",\"title\":\"Section\"}");
        long sectionId = ((JsonObject) Api.json(section)).getJsonNumber("id").longValue();
        HttpResponse<String> item = api.post(elements, token,
                "{\"parentId\":" + sectionId + ",\"level\":\"item\",\"title\":\"" + title + "\",\"schedule\":\"Automne 2025\"}");
        assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
        return ((JsonObject) Api.json(item)).getJsonNumber("id").longValue();
    }
}
