package ca.concerto.tenancy.infrastructure.keycloak;

import static ca.concerto.tenancy.infrastructure.keycloak.KeycloakAdmin.array;
import static ca.concerto.tenancy.infrastructure.keycloak.KeycloakAdmin.encode;
import static ca.concerto.tenancy.infrastructure.keycloak.KeycloakAdmin.expect;

import ca.concerto.tenancy.application.OrganizationDirectory;
import ca.concerto.tenancy.domain.TenantSlug;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** The tenants' organizations in Keycloak, through its admin API. */
public class KeycloakOrganizations implements OrganizationDirectory {

    private final KeycloakSettings settings;
    private final KeycloakAdmin admin;

    public KeycloakOrganizations(KeycloakSettings settings) {
        this.settings = settings;
        this.admin = new KeycloakAdmin(settings);
    }

    @Override
    public String create(TenantSlug alias, String name) {
        JsonObject organization = Json.createObjectBuilder()
                .add("name", name).add("alias", alias.value()).add("enabled", true)
                .add("domains", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", alias.value() + "." + settings.organizationDomain()).add("verified", false)))
                .build();
        HttpResponse<String> response = admin.send(HttpRequest.newBuilder(admin.realm("/organizations"))
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
        Optional<String> user = admin.userId(username);
        if (user.isEmpty()) {
            return false;
        }
        HttpResponse<String> memberships = admin.send(HttpRequest.newBuilder(admin.realm("/organizations/members/"
                + encode(user.get()) + "/organizations")).GET());
        expect(memberships, 200, "read the organizations of " + username);
        return array(memberships).stream().anyMatch(organization ->
                tenant.value().equals(organization.asJsonObject().getString("alias", null)));
    }
}
