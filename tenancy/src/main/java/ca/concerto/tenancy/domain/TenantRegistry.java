package ca.concerto.tenancy.domain;

import java.util.List;
import java.util.Optional;

/** The tenants Concerto knows. Anything not in it is not a tenant, whatever a token or a request says. */
public interface TenantRegistry {

    Optional<Tenant> find(TenantSlug slug);

    List<Tenant> all();
}
