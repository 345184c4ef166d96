package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The platform on two WildFly nodes of one cluster behind HAProxy ({@code deploy/concerto start --nodes 2}): the
 * loss of the node serving a coordinator loses none of their work, and a body provisioned through one node is
 * served by the other at once. The class turns the test platform into a cluster and back into one server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT extends BrowserTest {

    private static final int HTTP_PORT = Integer.parseInt(System.getProperty("concerto.http.port", "8080"));
    private final Api api = new Api();

    @BeforeAll
    static void twoNodes() {
        Platform.Script started = Platform.script("start", "--nodes", "2");
        assertThat(started.exitCode()).as(started.output()).isZero();
        assertThat(started.output()).contains("2 nodes of one cluster", "HAProxy").contains("port " + HTTP_PORT);
    }

    @AfterAll
    static void oneServerAgain() {
        Platform.Script started = Platform.script("start");
        assertThat(started.exitCode()).as(started.output()).isZero();
    }

    @Test
    @Order(1)
    void aBodyProvisionedThroughOneNodeIsServedByTheOtherAtOnce() {
        // Not gaspesie-…: ProvisioningIT checks that no schema of that name was ever made.
        String slug = "iles-de-la-madeleine-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        HttpResponse<String> provisioned = api.post(node(1) + "/api/platform/tenants", api.token("admin.plateforme"),
                "{\"slug\":\"" + slug + "\",\"displayName\":\"Table des Îles " + slug
                        + "\",\"region\":\"Gaspésie–Îles-de-la-Madeleine\",\"kind\":\"LOCAL_TABLE\"}");
        assertThat(provisioned.statusCode()).as(provisioned.body()).isEqualTo(201);
        String coordinator = coordinatorOf(slug);

        HttpResponse<String> plans = api.get(node(2) + "/api/plans", api.token(coordinator));

        assertThat(plans.statusCode()).as(plans.body()).isEqualTo(200);
        assertThat(plans.body()).isEqualTo("[]");
    }

    @Test
    @Order(2)
    void aCoordinatorWhoseNodeDiesSavesTheirChangeWithoutLoggingInAgain() throws SQLException {
        // A plan of its own: the demo plans stay as their documents have them (SeedFidelityIT).
        String coordinator = api.token("coordination.monteregie");
        String planTitle = "Plan de relève " + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        long plan = Api.id(api.post(Platform.URL + "/api/plans", coordinator,
                "{\"template\":\"work-plan\",\"title\":\"" + planTitle + "\",\"period\":\"2026-2027\"}"), 201);
        String element = String.valueOf(Api.id(api.post(Platform.URL + "/api/plans/" + plan + "/elements", coordinator,
                "{\"level\":\"orientation\",\"title\":\"Mobiliser les partenaires\"}"), 201));
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.click(By.linkText(planTitle));
        browser.find(By.id("plan:tree"));
        browser.click(By.cssSelector("[data-edit='" + element + "']"));
        WebElement title = browser.find(By.id("editor:title"));
        String changed = "Mobiliser les partenaires malgré la panne — " + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        title.sendKeys(changed);
        String serving = servingNode();

        long killed = kill(serving);
        browser.click(By.id("editor:save"));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.textToBe(
                By.cssSelector("[data-element='" + element + "']"), changed));
        assertThat(browser.text(By.id("messages"))).contains("Modification enregistrée.");
        assertThat(browser.url()).as("no new login").startsWith(Platform.URL);
        assertThat(ProcessHandle.of(killed)).as("the node that served them is gone").isEmpty();
        assertThat(servingNode()).isNotEqualTo(serving);
        assertThat(savedTitle(element)).isEqualTo(changed);
        browser.screenshot("50-cluster-saved-after-node-lost");
    }

    private static String node(int number) {
        return "http://localhost:" + (HTTP_PORT + 10 * number);
    }

    /** The node HAProxy keeps this browser's session on: its cookie names it (node1, node2). */
    private String servingNode() {
        Cookie node = browser.driver().manage().getCookieNamed("CONCERTO_NODE");
        assertThat(node).as("HAProxy's cookie").isNotNull();
        return node.getValue();
    }

    /** Kills a node as a crash would (no shutdown), by the process id deploy/concerto recorded. */
    private static long kill(String node) {
        try {
            long pid = Long.parseLong(Files.readString(Path.of(System.getProperty("concerto.home"), "run",
                    "wildfly-" + node + ".pid")).strip());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            process.destroyForcibly();
            process.onExit().join();
            return pid;
        } catch (IOException e) {
            throw new AssertionError("no process id recorded for " + node, e);
        }
    }

    /** A coordinator of a new body, made in Keycloak as an administrator would: account, role, membership. */
    private String coordinatorOf(String slug) {
        String admin = api.keycloakAdminToken();
        String realm = Platform.KEYCLOAK_URL + "/admin/realms/concerto";
        String username = "coordination." + slug;
        HttpResponse<String> created = api.post(realm + "/users", admin, "{\"username\":\"" + username
                + "\",\"enabled\":true,\"firstName\":\"Gabrielle\",\"lastName\":\"Cloutier\",\"email\":\"" + username
                + "@concerto.example\",\"emailVerified\":true,\"credentials\":[{\"type\":\"password\",\"value\":\""
                + Platform.DEMO_PASSWORD + "\",\"temporary\":false}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String user = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        JsonObject role = (JsonObject) Api.json(api.get(realm + "/roles/coordinator", admin));
        assertThat(api.post(realm + "/users/" + user + "/role-mappings/realm", admin, "[" + role + "]").statusCode()).isEqualTo(204);
        JsonArray organizations = (JsonArray) Api.json(api.get(realm + "/organizations?exact=false&search=" + slug, admin));
        String organization = organizations.getValuesAs(JsonObject.class).stream()
                .filter(found -> slug.equals(found.getString("alias"))).findFirst().orElseThrow().getString("id");
        assertThat(api.post(realm + "/organizations/" + organization + "/members", admin, "\"" + user + "\"").statusCode())
                .isEqualTo(201);
        return username;
    }

    private static String savedTitle(String element) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Platform.DB_URL, Platform.DB_OWNER, Platform.DB_OWNER_PASSWORD);
             PreparedStatement query = connection.prepareStatement("SELECT title FROM t_monteregie.plan_element WHERE id = ?")) {
            query.setLong(1, Long.parseLong(element));
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getString(1);
            }
        }
    }
}
