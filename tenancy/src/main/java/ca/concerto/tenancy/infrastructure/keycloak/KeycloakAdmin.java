package ca.concerto.tenancy.infrastructure.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
 * Keycloak's admin API for the realm, as the service account of the {@code concerto-provisioning} client
 * (deploy/keycloak/concerto-realm.json): signs in for each call and says plainly what Keycloak refused.
 */
final class KeycloakAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final KeycloakSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    KeycloakAdmin(KeycloakSettings settings) {
        this.settings = settings;
    }

    /** The realm's admin resource at that path, e.g. "/organizations". */
    URI realm(String path) {
        return URI.create(settings.baseUrl() + "/admin/realms/" + settings.realm() + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return exchange(request.header("Authorization", "Bearer " + accessToken()).timeout(TIMEOUT).build());
    }

    /** The id of the realm's user of that exact username, if there is one. */
    java.util.Optional<String> userId(String username) {
        HttpResponse<String> users = send(HttpRequest.newBuilder(realm("/users?exact=true&briefRepresentation=true&username="
                + encode(username))).GET());
        expect(users, 200, "find the user " + username);
        return array(users).stream().map(user -> user.asJsonObject().getString("id")).findFirst();
    }

    private String accessToken() {
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId())
                + "&client_secret=" + encode(settings.clientSecret());
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/realms/"
                        + settings.realm() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        expect(response, 200, "sign in as " + settings.clientId());
        return object(response).getString("access_token");
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

    static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak refused to " + what + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    static JsonObject object(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
