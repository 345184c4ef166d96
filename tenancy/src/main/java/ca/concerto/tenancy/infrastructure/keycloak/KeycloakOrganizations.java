package ca.concerto.tenancy.infrastructure.keycloak;

import ca.concerto.tenancy.application.OrganizationDirectory;
import ca.concerto.tenancy.domain.TenantSlug;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The tenants' organizations in Keycloak, through its admin API, as the service account of the
 * {@code concerto-provisioning} client (deploy/keycloak/concerto-realm.json).
 */
public class KeycloakOrganizations implements OrganizationDirectory {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final KeycloakSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public KeycloakOrganizations(KeycloakSettings settings) {
        this.settings = settings;
    }

    @Override
    public String create(TenantSlug alias, String name) {
        JsonObject organization = Json.createObjectBuilder()
                .add("name", name).add("alias", alias.value()).add("enabled", true)
                .add("domains", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", alias.value() + "." + settings.organizationDomain()).add("verified", false)))
                .build();
        HttpResponse<String> response = send(HttpRequest.newBuilder(organizations())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(organization.toString())));
        if (response.statusCode() == 409) {
            throw new OrganizationAlreadyExists(alias);
        }
        expect(response, 201, "create the organization " + alias);
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Keycloak did not say where the organization " + alias + " is"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Override
    public boolean isMember(TenantSlug tenant, String username) {
        HttpResponse<String> users = send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/admin/realms/"
                + settings.realm() + "/users?exact=true&briefRepresentation=true&username=" + encode(username))).GET());
        expect(users, 200, "find the user " + username);
        for (JsonValue user : array(users)) {
            HttpResponse<String> memberships = send(HttpRequest.newBuilder(URI.create(organizations() + "/members/"
                    + encode(user.asJsonObject().getString("id")) + "/organizations")).GET());
            expect(memberships, 200, "read the organizations of " + username);
            if (array(memberships).stream().anyMatch(organization ->
                    tenant.value().equals(organization.asJsonObject().getString("alias", null)))) {
                return true;
            }
        }
        return false;
    }

    private static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private URI organizations() {
        return URI.create(settings.baseUrl() + "/admin/realms/" + settings.realm() + "/organizations");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return exchange(request.header("Authorization", "Bearer " + accessToken()).timeout(TIMEOUT).build());
    }

    private String accessToken() {
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId())
                + "&client_secret=" + encode(settings.clientSecret());
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/realms/"
                        + settings.realm() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        expect(response, 200, "sign in as " + settings.clientId());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be reached at " + settings.baseUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to Keycloak", e);
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak refused to " + what + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
