package ca.concerto.tenancy.testing;

import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantKind;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.tenancy.domain.TenantSlug;
import ca.concerto.tenancy.infrastructure.migration.SchemaMigrator;
import ca.concerto.tenancy.infrastructure.registry.JdbcTenantRegistrations;

/** Tenants with a ready schema in a test database, made the way the platform makes them. */
public final class TestTenants {

    private TestTenants() {
    }

    public static Tenant tenant(String slug) {
        return new Tenant(new TenantSlug(slug), "Instance " + slug, "Région " + slug, TenantKind.REGIONAL_BODY);
    }

    public static SchemaMigrator migrator(PostgresServer.Database database) {
        return new SchemaMigrator(database.owner(), PostgresServer.APP, PostgresServer.NETWORK);
    }

    /** Migrates the shared schema, then registers each tenant and brings its schema to the latest version. */
    public static void provision(PostgresServer.Database database, Tenant... tenants) {
        SchemaMigrator migrator = migrator(database);
        migrator.migrateShared();
        TenantRegistrations registrations = new JdbcTenantRegistrations(database.owner());
        for (Tenant tenant : tenants) {
            registrations.register(tenant);
            migrator.migrateTenant(tenant.schema());
            registrations.markActive(tenant.slug(), migrator.latestTenantVersion());
        }
    }
}
