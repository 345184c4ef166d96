package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A plan built and followed up through the API shows on its dashboard with the right roll-up: reported
 * work averaged, unreported work not counted as zero, and the overdue action listed.
 */
class DashboardIT extends BrowserTest {

    private final Api api = new Api();
    private String token;
    private long plan;

    @Test
    void theDashboardRollsUpWhatWasReportedAndListsWhatIsOverdue() {
        token = api.token("coordination.capitale");
        HttpResponse<String> created = api.post(Platform.URL + "/api/plans", token, """
                {"template":"annual-action-plan","title":"Plan suivi %d","period":"2018-2019",
                 "start":"2018-07-01","end":"2019-06-30"}""".formatted(System.nanoTime()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        plan = ((JsonObject) Api.json(created)).getJsonNumber("id").longValue();
        long followed = add(null, "axe", "Axe suivi", null);
        long objective = add(add(followed, "orientation", "Orientation", null), "objectif", "Objectif", null);
        long done = add(objective, "action", "Action réalisée", "Automne 2018");
        long started = add(objective, "action", "Action commencée", "Hiver 2019");
        add(objective, "action", "Action sans suivi", "Printemps 2019");
        // A leaf with no fields yet is an item of the plan, not a heading: one unreported item.
        add(add(add(null, "axe", "Axe sans suivi", null), "orientation", "Orientation B", null), "objectif", "Objectif B", null);
        report(done, "DONE", null);
        report(started, "IN_PROGRESS", 20);

        browser.open("/");
        browser.logIn("coordination.capitale");
        browser.open("/dashboard.xhtml?id=" + plan);

        assertThat(browser.text(By.id("axes")).replaceAll("\\s+", " ")).contains("Axe suivi 60 % 2 / 3", "Axe sans suivi Aucun suivi 0 / 1");
        assertThat(browser.text(By.id("overall"))).isEqualTo("60 %");
        assertThat(browser.text(By.id("basis"))).as("what the figure rests on")
                .isEqualTo("Ce chiffre repose sur 2 éléments suivis sur 4 actions et activités du plan.");
        assertThat(browser.text(By.id("overdue"))).contains("Action commencée", "Action sans suivi").doesNotContain("Action réalisée");
        browser.screenshot("40-dashboard");

        browser.open("/plan.xhtml?id=" + plan);
        browser.select("plan:due", "En retard");
        browser.waitForText(By.id("plan:shown"), "5 lignes");
        assertThat(titles()).contains("Action commencée", "Action sans suivi").doesNotContain("Action réalisée", "Objectif B");
        browser.select("plan:due", "Toutes les échéances");
        browser.select("plan:status", "Réalisé");
        browser.waitForText(By.id("plan:shown"), "4 lignes");
        assertThat(titles()).contains("Action réalisée").doesNotContain("Action commencée", "Action sans suivi");
    }

    private java.util.List<String> titles() {
        return browser.driver().findElements(By.cssSelector("#plan\\:tree .element-title")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    private long add(Long parent, String level, String title, String schedule) {
        HttpResponse<String> added = api.post(Platform.URL + "/api/plans/" + plan + "/elements", token,
                "{\"parentId\":" + parent + ",\"level\":\"" + level + "\",\"title\":\"" + title + "\",\"schedule\":"
                        + (schedule == null ? "null" : "\"" + schedule + "\"") + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return ((JsonObject) Api.json(added)).getJsonNumber("id").longValue();
    }

    private void report(long element, String status, Integer percent) {
        HttpResponse<String> reported = api.post(Platform.URL + "/api/plans/" + plan + "/elements/" + element + "/progress", token,
                "{\"period\":\"2019-Q1\",\"status\":\"" + status + "\",\"percentComplete\":" + percent + "}");
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
    }
}
