package ca.concerto.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.tenancy.application.ProvisioningRefused.Reason;
import ca.concerto.tenancy.application.SchemaMigrations;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.tenancy.domain.TenantSlug;
import ca.concerto.tenancy.infrastructure.registry.JdbcTenantRegistrations;
import ca.concerto.tenancy.testing.PostgresServer;
import ca.concerto.tenancy.testing.TestTenants;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The all-or-nothing rule of provisioning, on a real database. The organization directory here is a
 * stand-in for Keycloak that can be told to refuse or to fail; ProvisioningIT does the same against the
 * real Keycloak.
 */
class TenantProvisioningTest {

    private PostgresServer.Database database;
    private SchemaMigrations migrator;
    private TenantRegistrations registrations;
    private final Organizations organizations = new Organizations();
    private TenantProvisioning provisioning;
    private int registryChanges;

    @BeforeEach
    void emptyPlatform() {
        database = PostgresServer.shared().newDatabase();
        migrator = TestTenants.migrator(database);
        migrator.migrateShared();
        registrations = new JdbcTenantRegistrations(database.owner());
        provisioning = new TenantProvisioning(new TenantSpaces(migrator, registrations), organizations,
                () -> registryChanges++);
    }

    @Test
    void aProvisionedTenantHasItsRowItsSchemaAndItsOrganization() {
        Tenant tenant = provisioning.provision(request("bas-saint-laurent"));

        assertThat(registrations.all()).extracting(r -> r.tenant().slug().value()).containsExactly("bas-saint-laurent");
        assertThat(migrator.schemaExists(tenant.schema())).isTrue();
        assertThat(organizations.created).containsExactly("bas-saint-laurent");
        assertThat(registryChanges).isEqualTo(1);
    }

    @Test
    void malformedRequestsAreRefusedBeforeAnythingIsMade() {
        assertRefused(new TenantProvisioning.Request("Bas-Saint-Laurent", "Table", "BSL", "REGIONAL_BODY"), Reason.MALFORMED_SLUG);
        assertRefused(new TenantProvisioning.Request("bsl; drop schema platform", "Table", "BSL", "REGIONAL_BODY"), Reason.MALFORMED_SLUG);
        assertRefused(new TenantProvisioning.Request(null, "Table", "BSL", "REGIONAL_BODY"), Reason.MALFORMED_SLUG);
        assertRefused(new TenantProvisioning.Request("bsl", " ", "BSL", "REGIONAL_BODY"), Reason.MISSING_NAME);
        assertRefused(new TenantProvisioning.Request("bsl", "Table", null, "REGIONAL_BODY"), Reason.MISSING_REGION);
        assertRefused(new TenantProvisioning.Request("bsl", "Table", "BSL", "regional_body"), Reason.UNKNOWN_KIND);
        assertNothingLeft("bsl");
    }

    @Test
    void aDuplicateSlugIsRefusedAndTheExistingTenantIsUntouched() {
        provisioning.provision(request("gaspesie"));

        assertRefused(new TenantProvisioning.Request("gaspesie", "Autre nom", "Autre", "LOCAL_TABLE"), Reason.DUPLICATE_SLUG);
        assertThat(registrations.all()).extracting(r -> r.tenant().displayName()).containsExactly("Instance gaspesie");
        assertThat(organizations.created).containsExactly("gaspesie");
    }

    @Test
    void whenTheOrganizationExistsAlreadyTheRowAndSchemaAreRemoved() {
        organizations.refuse = true;

        assertRefused(request("gaspesie"), Reason.ORGANIZATION_EXISTS);
        assertNothingLeft("gaspesie");
    }

    @Test
    void whenTheDirectoryFailsTheRowAndSchemaAreRemovedAndTheFailureIsReported() {
        organizations.fail = true;

        assertThatThrownBy(() -> provisioning.provision(request("gaspesie"))).hasMessageContaining("unreachable");
        assertNothingLeft("gaspesie");
    }

    @Test
    void aSchemaThatExistsOutsideTheRegistryIsNeitherUsedNorDropped() throws SQLException {
        try (Connection connection = database.owner().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA t_gaspesie");
            statement.execute("CREATE TABLE t_gaspesie.precious (data text)");
        }

        assertRefused(request("gaspesie"), Reason.DUPLICATE_SLUG);

        assertThat(registrations.all()).isEmpty();
        assertThat(migrator.schemaExists(TestTenants.tenant("gaspesie").schema())).as("not ours: kept").isTrue();
        assertThat(organizations.created).isEmpty();
    }

    private void assertRefused(TenantProvisioning.Request request, Reason reason) {
        assertThatThrownBy(() -> provisioning.provision(request)).isInstanceOfSatisfying(ProvisioningRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private void assertNothingLeft(String slug) {
        assertThat(registrations.all()).isEmpty();
        assertThat(migrator.schemaExists(TestTenants.tenant(slug).schema())).isFalse();
        assertThat(organizations.created).isEmpty();
    }

    private static TenantProvisioning.Request request(String slug) {
        return new TenantProvisioning.Request(slug, "Instance " + slug, "Région", "REGIONAL_BODY");
    }

    /** Keycloak's organizations, as far as provisioning sees them. */
    private static final class Organizations implements OrganizationDirectory {
        final List<String> created = new ArrayList<>();
        boolean refuse;
        boolean fail;

        @Override
        public String create(TenantSlug alias, String name) {
            if (refuse) {
                throw new OrganizationAlreadyExists(alias);
            }
            if (fail) {
                throw new IllegalStateException("Keycloak unreachable");
            }
            created.add(alias.value());
            return alias.value();
        }

        @Override
        public boolean isMember(TenantSlug tenant, String username) {
            return false;
        }
    }
}
