package ca.concerto.tenancy.domain;

import java.util.List;
import java.util.Optional;

/**
 * The tenants Concerto knows and can serve. Anything not in it is not a tenant, whatever a token or a
 * request says; a tenant whose schema is not ready is not in it either.
 */
public interface TenantRegistry {

    /** The active tenant of that slug. */
    Optional<Tenant> find(TenantSlug slug);

    /** Every active tenant. */
    List<Tenant> all();

    /** Reads the registry again, after a change made here (a tenant provisioned or migrated). */
    void refresh();
}
