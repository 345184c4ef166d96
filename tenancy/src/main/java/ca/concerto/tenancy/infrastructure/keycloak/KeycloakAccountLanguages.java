package ca.concerto.tenancy.infrastructure.keycloak;

import static ca.concerto.tenancy.infrastructure.keycloak.KeycloakAdmin.encode;
import static ca.concerto.tenancy.infrastructure.keycloak.KeycloakAdmin.expect;
import static ca.concerto.tenancy.infrastructure.keycloak.KeycloakAdmin.object;

import ca.concerto.tenancy.application.AccountLanguages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * The person's language as the {@code locale} attribute of their Keycloak account: the one Keycloak's own pages
 * use once they are known, and that its tokens carry. The account is read whole and written back whole, so that
 * nothing else of it changes.
 */
public class KeycloakAccountLanguages implements AccountLanguages {

    private final KeycloakAdmin admin;

    public KeycloakAccountLanguages(KeycloakSettings settings) {
        this.admin = new KeycloakAdmin(settings);
    }

    @Override
    public void keep(String username, Locale language) {
        admin.userId(username).ifPresent(id -> {
            HttpRequest.Builder account = HttpRequest.newBuilder(admin.realm("/users/" + encode(id)));
            HttpResponse<String> read = admin.send(account.copy().GET());
            expect(read, 200, "read the account of " + username);
            JsonObject user = object(read);
            JsonObjectBuilder attributes = Json.createObjectBuilder(user.getJsonObject("attributes") == null
                    ? JsonObject.EMPTY_JSON_OBJECT : user.getJsonObject("attributes"))
                    .add("locale", Json.createArrayBuilder().add(language.getLanguage()));
            JsonObject changed = Json.createObjectBuilder(user).add("attributes", attributes).build();
            HttpResponse<String> written = admin.send(account.copy().header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(changed.toString())));
            expect(written, 204, "keep the language of " + username);
        });
    }
}
