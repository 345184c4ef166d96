package ca.concerto.tenancy.infrastructure.migration;

import ca.concerto.tenancy.application.SchemaMigrations;
import ca.concerto.tenancy.domain.SchemaName;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs Flyway on the shared schema and on tenant schemas, as the role that owns them. The scripts grant
 * the application's role what it may do (placeholder {@code app_role}), and the network's role the views it may
 * read (placeholder {@code network_role}).
 */
public class SchemaMigrator implements SchemaMigrations {

    public static final String SHARED_SCHEMA = "platform";

    private final DataSource ownerDataSource;
    private final String appRole;
    private final String networkRole;

    public SchemaMigrator(DataSource ownerDataSource, String appRole, String networkRole) {
        this.ownerDataSource = ownerDataSource;
        this.appRole = appRole;
        this.networkRole = networkRole;
    }

    /** Brings the shared schema to the latest version; returns the number of scripts applied. */
    @Override
    public int migrateShared() {
        return migrate(SHARED_SCHEMA, MigrationScripts.PLATFORM).migrationsExecuted;
    }

    /** Creates the tenant's schema if needed and brings it to the latest version. */
    @Override
    public int migrateTenant(SchemaName schema) {
        return migrate(schema.value(), MigrationScripts.TENANT).migrationsExecuted;
    }

    @Override
    public boolean schemaExists(SchemaName schema) {
        try (Connection connection = ownerDataSource.getConnection();
                var statement = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            statement.setString(1, schema.value());
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for the schema " + schema, e);
        }
    }

    /** Drops a tenant's schema with everything in it: only for undoing a provisioning that failed. */
    @Override
    public void dropTenantSchema(SchemaName schema) {
        try (Connection connection = ownerDataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema.value() + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the schema " + schema, e);
        }
    }

    @Override
    public int latestTenantVersion() {
        return MigrationScripts.TENANT.latestVersion();
    }

    private MigrateResult migrate(String schema, MigrationScripts scripts) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(ownerDataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:" + scripts.location())
                .resourceProvider(scripts)
                .javaMigrationClassProvider(List::of)
                .placeholders(Map.of("app_role", appRole, "network_role", networkRole))
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }
}
