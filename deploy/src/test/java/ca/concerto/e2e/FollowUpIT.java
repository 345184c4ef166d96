package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Partners follow up what their organisation leads, on the screens and through the API, and nothing else;
 * auditors change nothing. The Montérégie demo partner speaks for the DSP.
 */
class FollowUpIT extends BrowserTest {

    private static final String ADOPTED_PLAN = "Plan d'action annuel 2018-2019";
    private final Api api = new Api();

    @Test
    void aPartnerRecordsProgressOnAnElementTheirOrganisationLeadsAndHasNoFollowUpOnOthers() {
        String token = api.token("partenaire.monteregie");
        long plan = api.planId(token, ADOPTED_PLAN);
        String led = String.valueOf(firstLedBy(token, plan, "DSP").getJsonNumber("id").longValue());
        String notLed = String.valueOf(firstLedBy(token, plan, "AE").getJsonNumber("id").longValue());

        browser.open("/");
        browser.logIn("partenaire.monteregie");
        browser.open("/plan.xhtml?id=" + plan);
        browser.find(By.id("plan:tree"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-follow-up='" + notLed + "']"))).isEmpty();
        browser.click(By.cssSelector("[data-follow-up='" + led + "']"));
        browser.find(By.id("followUp:note"));
        browser.choose("followUp:status", "En cours");
        browser.find(By.id("followUp:note")).sendKeys("Cadre présenté à trois territoires; deux autres en mai.");
        browser.find(By.id("followUp:percent_input")).sendKeys("150");
        assertThat(browser.find(By.id("followUp:percent_input")).getAttribute("value")).as("nothing cut as it is typed").startsWith("150");
        browser.click(By.id("followUp:saveReport"));
        assertThat(browser.waitForText(By.id("followUp"), "L'avancement est un pourcentage de 0 à 100."))
                .contains("L'avancement est un pourcentage de 0 à 100.");
        browser.find(By.id("followUp:percent_input")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        browser.screenshot("30-follow-up");
        browser.click(By.id("followUp:saveReport"));

        assertThat(browser.waitForText(By.id("followUp:followUpMessages"), "Suivi enregistré.")).contains("Suivi enregistré.");
        assertThat(browser.text(By.id("followUp:reports"))).contains("En cours", "Cadre présenté à trois territoires", "partenaire.monteregie");
        assertThat(browser.waitForText(By.cssSelector("[data-status='" + led + "']"), "En cours")).isEqualTo("En cours");
    }

    @Test
    void anAuditorReadsThePlanWithNoWayToChangeOrFollowItUp() {
        browser.open("/");
        browser.logIn("verification.monteregie");
        browser.click(By.linkText(ADOPTED_PLAN));
        browser.find(By.id("plan:tree"));

        for (String button : List.of("[data-edit]", "[data-follow-up]", "[data-remove]", "#plan\\:addTop", "#lifecycle\\:archive",
                "#lifecycle\\:newVersion")) {
            assertThat(browser.driver().findElements(By.cssSelector(button))).as(button).isEmpty();
        }
        assertThat(browser.driver().findElements(By.id("lifecycle:pdf"))).hasSize(1);
    }

    @Test
    void thePartnersCallToTheApiOnAnElementTheyDoNotLeadIsRefusedAndChangesNothing() {
        String token = api.token("partenaire.monteregie");
        long plan = api.planId(token, ADOPTED_PLAN);
        long notLed = firstLedBy(token, plan, "AE").getJsonNumber("id").longValue();
        String elements = Platform.URL + "/api/plans/" + plan + "/elements/";

        HttpResponse<String> progress = api.post(elements + notLed + "/progress", token,
                "{\"period\":\"2019-Q1\",\"status\":\"DONE\",\"note\":\"Pas le mien\"}");
        HttpResponse<String> edit = api.put(elements + notLed, token, "{\"fromVersion\":0,\"title\":\"Réécrit par un partenaire\"}");

        assertThat(progress.statusCode()).isEqualTo(403);
        assertThat(progress.body()).contains("\"code\":\"NOT_LEAD\"", "que votre organisation porte");
        assertThat(edit.statusCode()).isEqualTo(403);
        String followUp = api.get(elements + "follow-up", token).body();
        assertThat(followUp).doesNotContain("Pas le mien");
        assertThat(api.elements(token, plan).stream().map(element -> element.getString("title")))
                .doesNotContain("Réécrit par un partenaire");
    }

    @Test
    void throughTheApiAPartnerReportsOnWhatTheyLeadAndAnAuditorOnNothing() {
        String partner = api.token("partenaire.monteregie");
        long plan = api.planId(partner, ADOPTED_PLAN);
        long led = firstLedBy(partner, plan, "DSP").getJsonNumber("id").longValue();
        String elements = Platform.URL + "/api/plans/" + plan + "/elements/";

        HttpResponse<String> measured = api.post(elements + led + "/measurements", partner,
                "{\"indicator\":\"Nombre de territoires rejoints\",\"value\":3,\"measuredOn\":\"2019-02-15\"}");
        HttpResponse<String> auditor = api.post(elements + led + "/progress", api.token("verification.monteregie"),
                "{\"period\":\"2019-Q1\",\"status\":\"DONE\"}");
        HttpResponse<String> malformed = api.post(elements + led + "/progress", partner, "{\"period\":\"printemps\",\"status\":\"DONE\"}");

        assertThat(measured.statusCode()).isEqualTo(201);
        assertThat(measured.body()).contains("\"recordedBy\":\"partenaire.monteregie\"");
        assertThat(auditor.statusCode()).isEqualTo(403);
        assertThat(auditor.body()).contains("READ_ONLY_ROLE");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(api.get(elements + "follow-up", partner).body()).contains("Nombre de territoires rejoints");
    }

    private JsonObject firstLedBy(String token, long plan, String lead) {
        List<JsonObject> elements = api.elements(token, plan);
        return elements.stream().filter(element -> lead.equals(element.isNull("lead") ? null : element.getString("lead")))
                .findFirst().orElseThrow(() -> new AssertionError("No element led by " + lead));
    }
}
