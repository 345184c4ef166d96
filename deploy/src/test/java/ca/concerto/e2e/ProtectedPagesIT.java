package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Without a login, a protected page answers a browser with a redirect to Keycloak, and an API caller with
 * 401; never with content.
 */
class ProtectedPagesIT {

    /** What Chromium sends for a page. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.xhtml", "/choose-tenant.xhtml", "/no-access.xhtml",
            "/index.xhtml?tenant=monteregie", "/logout"})
    void anUnauthenticatedRequestIsRedirectedToTheLogin(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(Platform.URL + path)).header("Accept", BROWSER_ACCEPT).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .startsWith(Platform.KEYCLOAK_URL + "/realms/concerto/protocol/openid-connect/auth");
        assertThat(response.body()).doesNotContain("Bienvenue").doesNotContain("Montérégie")
                .doesNotContain("Opération Colibri");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/platform/tenants", "/api/platform/tenants/monteregie"})
    void anUnauthenticatedApiCallGets401(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Platform.URL + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("monteregie");
    }
}
