package ca.concerto.tenancy.domain;

import java.util.List;

/**
 * The registry as the platform changes it: registering a tenant, recording the state of its schema, and
 * finding the schemas that need a migration. ({@link TenantRegistry} is the registry as requests read it.)
 */
public interface TenantRegistrations {

    /**
     * Registers a tenant whose schema is not created yet.
     *
     * @return false when the slug is already registered
     */
    boolean register(Tenant tenant);

    void markActive(TenantSlug slug, int schemaVersion);

    void markMigrationFailed(TenantSlug slug);

    void remove(TenantSlug slug);

    /** Every registered tenant, by slug. */
    List<Registration> all();

    /** Tenants whose schema is not known to be at that version: the only ones start-up migrates. */
    List<Registration> behind(int latestVersion);

    /** A row of the registry. */
    record Registration(Tenant tenant, TenantStatus status, Integer schemaVersion) {
    }
}
