package ca.concerto.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The platform's JSON API as a script calls it: a Keycloak token, then bearer requests. */
final class Api {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();

    /** Signs a demo user in through the operator scripts' client. */
    String token(String username) {
        return token(Platform.KEYCLOAK_URL + "/realms/concerto", "concerto-cli", username, Platform.DEMO_PASSWORD);
    }

    /** Keycloak's own administrator, to look at and arrange Keycloak's side of things. */
    String keycloakAdminToken() {
        return token(Platform.KEYCLOAK_URL + "/realms/master", "admin-cli", "admin", "admin");
    }

    HttpResponse<String> get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET());
    }

    /** A POST with headers of its own (name, value, ...), e.g. an Idempotency-Key. */
    HttpResponse<String> post(String url, String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(headers.length == 0 ? request : request.headers(headers));
    }

    /** Any method, any body (null: none), as a client of the API sends it. */
    HttpResponse<String> call(String method, String url, String token, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "*/*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(contentType == null ? request : request.header("Content-Type", contentType));
    }

    /** Sends a file as the body of a POST. */
    HttpResponse<String> upload(String url, String token, String contentType, byte[] file) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    /** A request without a login: the management interface, the API's contract. */
    HttpResponse<String> getWithoutLogin(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A download, as its bytes. */
    HttpResponse<byte[]> download(String url, String token) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Accept-Language", "fr-CA").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String url, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> put(String url, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST of a body of any media type, to see how the API takes a wrong one. */
    HttpResponse<String> post(String url, String token, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request as a browser sends it: with the session cookie only, and the headers the test gives. */
    HttpResponse<String> withCookie(String method, String url, String sessionCookie, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", sessionCookie)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"));
        return send(headers.length == 0 ? request : request.headers(headers));
    }

    /** The number a creation answered ({@code "id"}), once its status is the one expected. */
    static long id(HttpResponse<String> response, int status) {
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return ((jakarta.json.JsonObject) json(response)).getJsonNumber("id").longValue();
    }

    /** A response's JSON body. */
    static jakarta.json.JsonStructure json(HttpResponse<String> response) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.read();
        }
    }

    /** The number of the caller's body's plan with that title. */
    long planId(String token, String title) {
        return ((jakarta.json.JsonArray) json(get(Platform.URL + "/api/plans", token))).getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(plan -> plan.getString("title").equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No plan " + title)).getJsonNumber("id").longValue();
    }

    /**
     * Reports the 2018-2019 plan's sharing day held (2018-Q4, done, 100 %), as its coordination would; reporting
     * it again is "already there" (409). Tests that need a progress on that plan make it themselves.
     */
    void reportSharingDayHeld(String coordinator, long plan) {
        long sharing = elements(coordinator, plan).stream().filter(element -> element.getString("title")
                .equals("Réaliser la journée de partage.")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        int status = post(Platform.URL + "/api/plans/" + plan + "/elements/" + sharing + "/progress", coordinator,
                "{\"period\":\"2018-Q4\",\"status\":\"DONE\",\"percentComplete\":100,\"note\":\"Journée tenue le 10 octobre.\"}")
                .statusCode();
        if (status != 200 && status != 201 && status != 409) {
            throw new AssertionError("Reporting the sharing day answered " + status);
        }
    }

    /** The plan's elements, in the document's order. */
    java.util.List<jakarta.json.JsonObject> elements(String token, long planId) {
        return ((jakarta.json.JsonObject) json(get(Platform.URL + "/api/plans/" + planId, token)))
                .getJsonArray("elements").getValuesAs(jakarta.json.JsonObject.class);
    }

    private String token(String realmUrl, String client, String username, String password) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=" + client + "&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
