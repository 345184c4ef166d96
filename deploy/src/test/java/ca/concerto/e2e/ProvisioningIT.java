package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** A platform administrator gives a new body its space: all of it (registry, schema, organization), or nothing. */
class ProvisioningIT {

    private static final String TENANTS = Platform.URL + "/api/platform/tenants";
    private final Api api = new Api();

    @Test
    void aPlatformAdministratorProvisionsATenantWithItsSchemaAndOrganization() throws SQLException {
        String slug = uniqueSlug("bas-saint-laurent");

        String name = "Table régionale — Bas-Saint-Laurent " + slug;
        HttpResponse<String> created = api.post(TENANTS, api.token("admin.plateforme"), request(slug, name));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains(TENANTS + "/" + slug);
        assertThat(created.body()).contains("\"displayName\":\"" + name + "\"");
        assertThat(registryStatus(slug)).isEqualTo("ACTIVE");
        assertThat(schemaExists(slug)).isTrue();
        assertThat(organizationExists(slug)).isTrue();
        assertThat(api.get(TENANTS, api.token("admin.plateforme")).body()).contains("\"slug\":\"" + slug + "\"");
    }

    @Test
    void aDuplicateSlugIsRefusedWithAClearMessageAndChangesNothing() throws SQLException {
        HttpResponse<String> refused = api.post(TENANTS, api.token("admin.plateforme"), request("monteregie", "Doublon"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("DUPLICATE_SLUG", "Une instance porte déjà cet identifiant");
        assertThat(registryDisplayName("monteregie")).isEqualTo("Comité régional Opération Colibri — Montérégie");
    }

    @Test
    void aMalformedSlugIsRefusedBeforeAnythingIsCreated() throws SQLException {
        HttpResponse<String> refused = api.post(TENANTS, api.token("admin.plateforme"), request("Gaspésie; DROP SCHEMA", "Gaspésie"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("MALFORMED_SLUG", "Identifiant invalide");
        assertThat(countSchemasLike("t_gasp%")).isZero();
    }

    @Test
    void whenKeycloakRefusesTheOrganizationTheSchemaAndRegistryRowAreRemoved() throws SQLException {
        String slug = uniqueSlug("gaspesie");
        HttpResponse<String> existing = api.post(Platform.KEYCLOAK_URL + "/admin/realms/concerto/organizations",
                api.keycloakAdminToken(), "{\"name\":\"Déjà là " + slug + "\",\"alias\":\"" + slug
                        + "\",\"domains\":[{\"name\":\"" + slug + ".ailleurs.example\"}]}");
        assertThat(existing.statusCode()).isEqualTo(201);

        HttpResponse<String> refused = api.post(TENANTS, api.token("admin.plateforme"), request(slug, "Gaspésie " + slug));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("ORGANIZATION_EXISTS");
        assertThat(registryStatus(slug)).isNull();
        assertThat(schemaExists(slug)).isFalse();
    }

    @Test
    void onlyPlatformAdministratorsMayProvision() throws SQLException {
        String slug = uniqueSlug("refuse");

        HttpResponse<String> forbidden = api.post(TENANTS, api.token("analyste.reseau"), request(slug, "Refusée"));

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(registryStatus(slug)).isNull();
    }

    @Test
    void theOperatorScriptProvisionsThroughTheSameApi() throws Exception {
        String slug = uniqueSlug("abitibi");
        Platform.Script provision = Platform.script("provision", slug, "Table « petite enfance » — Abitibi " + slug,
                "Abitibi-Témiscamingue", "LOCAL_TABLE");

        assertThat(provision.exitCode()).as(provision.output()).isZero();
        assertThat(provision.output()).contains("provisioned " + slug);
        assertThat(registryDisplayName(slug)).isEqualTo("Table « petite enfance » — Abitibi " + slug);
        assertThat(organizationExists(slug)).isTrue();
    }

    private static String uniqueSlug(String base) {
        return base + "-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    }

    private static String request(String slug, String displayName) {
        return "{\"slug\":\"" + slug.replace("\"", "\\\"") + "\",\"displayName\":\"" + displayName
                + "\",\"region\":\"Région\",\"kind\":\"REGIONAL_BODY\"}";
    }

    private boolean organizationExists(String alias) {
        HttpResponse<String> found = api.get(Platform.KEYCLOAK_URL + "/admin/realms/concerto/organizations?exact=false&search="
                + alias, api.keycloakAdminToken());
        return found.body().contains("\"alias\":\"" + alias + "\"");
    }

    private static String registryStatus(String slug) throws SQLException {
        return queryString("SELECT status FROM platform.tenant WHERE slug = ?", slug);
    }

    private static String registryDisplayName(String slug) throws SQLException {
        return queryString("SELECT display_name FROM platform.tenant WHERE slug = ?", slug);
    }

    private static boolean schemaExists(String slug) throws SQLException {
        return countSchemasLike("t_" + slug.replace('-', '_')) == 1;
    }

    private static int countSchemasLike(String pattern) throws SQLException {
        return Integer.parseInt(queryString("SELECT count(*)::text FROM pg_namespace WHERE nspname LIKE ?", pattern));
    }

    private static String queryString(String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Platform.DB_URL, Platform.DB_OWNER, Platform.DB_OWNER_PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
