package ca.concerto.tenancy.testing;

import ca.concerto.tenancy.application.DemoTenants;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantRegistry;
import ca.concerto.tenancy.domain.TenantSlug;
import java.util.List;
import java.util.Optional;

/** A registry of given tenants, for tests that need no database; by default the demo tenants. */
public class InMemoryTenantRegistry implements TenantRegistry {

    private final List<Tenant> tenants;

    public InMemoryTenantRegistry() {
        this(DemoTenants.ALL);
    }

    public InMemoryTenantRegistry(List<Tenant> tenants) {
        this.tenants = List.copyOf(tenants);
    }

    @Override
    public Optional<Tenant> find(TenantSlug slug) {
        return tenants.stream().filter(tenant -> tenant.slug().equals(slug)).findFirst();
    }

    @Override
    public List<Tenant> all() {
        return tenants;
    }

    @Override
    public void refresh() {
        // Nothing to read again: the tenants are in memory.
    }
}
