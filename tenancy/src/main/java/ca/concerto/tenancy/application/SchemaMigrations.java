package ca.concerto.tenancy.application;

import ca.concerto.tenancy.domain.SchemaName;

/** The database's schemas brought to the migrations' latest version: the shared one and each tenant's. */
public interface SchemaMigrations {

    /** Brings the shared schema to the latest version; returns the number of scripts applied. */
    int migrateShared();

    /** Creates the tenant's schema if needed and brings it to the latest version; returns the number of scripts applied. */
    int migrateTenant(SchemaName schema);

    boolean schemaExists(SchemaName schema);

    /** Drops a tenant's schema with everything in it: only for undoing a provisioning that failed. */
    void dropTenantSchema(SchemaName schema);

    /** The version the tenant migrations bring a schema to. */
    int latestTenantVersion();
}
