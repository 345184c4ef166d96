package ca.concerto.tenancy.infrastructure.keycloak;

import static ca.concerto.tenancy.application.TenancySettings.env;



/** Where Keycloak's admin API is and how the application signs in to it; deploy/concerto sets them. */
public record KeycloakSettings(String baseUrl, String realm, String clientId, String clientSecret,
        String organizationDomain) {

    public static KeycloakSettings fromEnvironment() {
        return new KeycloakSettings(env("CONCERTO_KEYCLOAK_URL", "http://localhost:8180"), "concerto",
                "concerto-provisioning", env("CONCERTO_PROVISIONING_SECRET", "concerto-provisioning-dev-secret"),
                env("CONCERTO_ORGANIZATION_DOMAIN", "concerto.example"));
    }
}
