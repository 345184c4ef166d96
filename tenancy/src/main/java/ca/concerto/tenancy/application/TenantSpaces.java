package ca.concerto.tenancy.application;

import ca.concerto.tenancy.application.SchemaMigrations;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantRegistrations;

/**
 * Creates and removes a tenant's space: its registry row and its migrated schema, both or neither.
 */
public class TenantSpaces {

    private final SchemaMigrations migrator;
    private final TenantRegistrations registrations;

    public TenantSpaces(SchemaMigrations migrator, TenantRegistrations registrations) {
        this.migrator = migrator;
        this.registrations = registrations;
    }

    /**
     * Registers the tenant and creates its schema at the latest version. A failure half-way removes what
     * was made.
     *
     * @throws TenantAlreadyRegistered when the slug is taken, or a schema of that name exists outside the
     *         registry (never dropped: it is not ours); nothing is changed then
     */
    public void create(Tenant tenant) {
        if (!registrations.register(tenant)) {
            throw new TenantAlreadyRegistered(tenant.slug());
        }
        if (migrator.schemaExists(tenant.schema())) {
            registrations.remove(tenant.slug());
            throw new TenantAlreadyRegistered(tenant.slug());
        }
        try {
            migrator.migrateTenant(tenant.schema());
            registrations.markActive(tenant.slug(), migrator.latestTenantVersion());
        } catch (RuntimeException e) {
            remove(tenant);
            throw e;
        }
    }

    /** Removes the tenant's schema and registry row. */
    public void remove(Tenant tenant) {
        migrator.dropTenantSchema(tenant.schema());
        registrations.remove(tenant.slug());
    }
}
