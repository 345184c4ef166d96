package ca.concerto.tenancy.domain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides the tenant of an authenticated person from the organizations their token names, checked
 * against the registry. A choice among several memberships only counts when it names one of them.
 */
public class TenantResolver {

    private final TenantRegistry registry;

    public TenantResolver(TenantRegistry registry) {
        this.registry = Objects.requireNonNull(registry);
    }

    /**
     * @param organizations the organization aliases of the token; unknown or malformed ones are ignored
     * @param choice the tenant the person chose earlier in the session, if any
     */
    public TenantResolution resolve(Collection<String> organizations, Optional<TenantSlug> choice) {
        List<Tenant> memberships = memberships(organizations);
        if (memberships.isEmpty()) {
            return new TenantResolution.NoTenant();
        }
        if (memberships.size() == 1) {
            return new TenantResolution.Resolved(memberships.get(0));
        }
        return choice.flatMap(slug -> find(memberships, slug))
                .<TenantResolution>map(TenantResolution.Resolved::new)
                .orElseGet(() -> new TenantResolution.ChoiceRequired(memberships));
    }

    /**
     * The tenant a person asks to work in, if it is one of their memberships.
     *
     * @param requested untrusted text, e.g. from a form
     */
    public Optional<Tenant> membership(Collection<String> organizations, String requested) {
        return TenantSlug.parse(requested).flatMap(slug -> find(memberships(organizations), slug));
    }

    /** The known tenants among the given organization aliases, each once, in the token's order. */
    public List<Tenant> memberships(Collection<String> organizations) {
        return organizations.stream()
                .map(TenantSlug::parse)
                .flatMap(Optional::stream)
                .distinct()
                .map(registry::find)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Tenant> find(List<Tenant> memberships, TenantSlug slug) {
        return memberships.stream().filter(tenant -> tenant.slug().equals(slug)).findFirst();
    }
}
