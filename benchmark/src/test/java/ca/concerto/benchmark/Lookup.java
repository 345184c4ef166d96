package ca.concerto.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds, before the load, the plans and elements the virtual users work on, through the API as a person would. */
final class Lookup {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final String keycloak;
    private final String password;

    Lookup(String url, String keycloak, String password) {
        this.url = url;
        this.keycloak = keycloak;
        this.password = password;
    }

    long planId(String username, String title) {
        JsonArray plans = (JsonArray) get("/api/plans", username);
        return plans.getValuesAs(JsonObject.class).stream().filter(plan -> plan.getString("title").equals(title)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No plan \"" + title + "\" for " + username + " at " + url))
                .getJsonNumber("id").longValue();
    }

    /** The first element of the plan with nothing under it: an activity or an action. */
    long firstItem(String username, long plan) {
        JsonArray elements = ((JsonObject) get("/api/plans/" + plan, username)).getJsonArray("elements");
        Set<Long> parents = elements.getValuesAs(JsonObject.class).stream().filter(element -> !element.isNull("parentId"))
                .map(element -> element.getJsonNumber("parentId").longValue()).collect(Collectors.toSet());
        return elements.getValuesAs(JsonObject.class).stream().map(element -> element.getJsonNumber("id").longValue())
                .filter(id -> !parents.contains(id)).findFirst().orElseThrow();
    }

    private JsonStructure get(String path, String username) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token(username)).header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": is the platform running at " + url + "?");
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    private String token(String username) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=concerto-cli&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonValue token = reader.readObject().get("access_token");
            if (token == null) {
                throw new IllegalStateException("Keycloak at " + keycloak + " gave no token to " + username + ": " + response.body());
            }
            return ((jakarta.json.JsonString) token).getString();
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + request.uri() + ": is the platform running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
