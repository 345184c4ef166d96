package ca.concerto.tenancy.application;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.tenancy.application.SchemaMigrations;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.tenancy.domain.TenantStatus;
import ca.concerto.tenancy.infrastructure.registry.JdbcTenantRegistrations;
import ca.concerto.tenancy.infrastructure.registry.JdbcTenantRegistry;
import ca.concerto.tenancy.testing.PostgresServer;
import ca.concerto.tenancy.testing.TestTenants;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantSchemaUpgradeTest {

    private final Tenant monteregie = tenant("monteregie");
    private final Tenant capitale = tenant("capitale-nationale");

    private PostgresServer.Database database;
    private SchemaMigrations migrator;
    private TenantRegistrations registrations;
    private TenantSchemaUpgrade upgrade;

    @BeforeEach
    void registerTenantsWhoseSchemasAreBehind() {
        database = PostgresServer.shared().newDatabase();
        migrator = TestTenants.migrator(database);
        registrations = new JdbcTenantRegistrations(database.owner());
        upgrade = new TenantSchemaUpgrade(migrator, registrations);
        migrator.migrateShared();
        for (Tenant tenant : new Tenant[] {monteregie, capitale}) {
            registrations.register(tenant);
            registrations.markActive(tenant.slug(), 0);
        }
    }

    @Test
    void migratesTheTenantsThatAreBehindAndMarksThemActive() {
        TenantSchemaUpgrade.Outcome outcome = upgrade.run();

        assertThat(outcome.migrated()).containsExactly(capitale.slug(), monteregie.slug());
        assertThat(outcome.failed()).isEmpty();
        assertThat(registrations.all()).allSatisfy(registration -> {
            assertThat(registration.status()).isEqualTo(TenantStatus.ACTIVE);
            assertThat(registration.schemaVersion()).isEqualTo(migrator.latestTenantVersion());
        });
    }

    @Test
    void aSecondStartMigratesNothing() {
        upgrade.run();

        TenantSchemaUpgrade.Outcome second = upgrade.run();

        assertThat(second.sharedScriptsApplied()).isZero();
        assertThat(second.migrated()).isEmpty();
        assertThat(migrator.migrateTenant(monteregie.schema())).as("Flyway itself finds nothing to do").isZero();
    }

    @Test
    void aTenantWhoseMigrationFailsIsStoppedAndTheOthersRun() throws SQLException {
        try (Connection connection = database.owner().getConnection(); Statement statement = connection.createStatement()) {
            // Something in the way of V1 in Montérégie's schema only.
            statement.execute("CREATE SCHEMA " + monteregie.schema());
            statement.execute("CREATE TABLE " + monteregie.schema() + ".organisation (something_else int)");
        }

        TenantSchemaUpgrade.Outcome outcome = upgrade.run();

        assertThat(outcome.failed()).containsExactly(monteregie.slug());
        assertThat(outcome.migrated()).containsExactly(capitale.slug());
        JdbcTenantRegistry registry = new JdbcTenantRegistry(database.app(), Clock.systemUTC());
        assertThat(registry.find(monteregie.slug())).as("a failed tenant is not served").isEmpty();
        assertThat(registry.find(capitale.slug())).isPresent();
        assertThat(registrations.all()).filteredOn(r -> r.tenant().equals(monteregie))
                .extracting(TenantRegistrations.Registration::status).containsExactly(TenantStatus.MIGRATION_FAILED);
    }
}
