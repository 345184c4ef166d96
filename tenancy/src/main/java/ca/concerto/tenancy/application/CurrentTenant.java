package ca.concerto.tenancy.application;

import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantRegistry;
import ca.concerto.tenancy.domain.TenantResolution;
import ca.concerto.tenancy.domain.TenantResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The tenant of the person making the current request: the single source every other part of Concerto
 * asks. It comes from the organizations in the person's token, never from request parameters.
 */
@RequestScoped
public class CurrentTenant {

    @Inject
    OrganizationMemberships memberships;

    @Inject
    TenantChoice choice;

    @Inject
    TenantRegistry registry;

    private TenantResolution resolution;

    public TenantResolution resolution() {
        if (resolution == null) {
            resolution = resolver().resolve(memberships.aliases(), choice.chosen());
        }
        return resolution;
    }

    public Optional<Tenant> tenant() {
        return resolution() instanceof TenantResolution.Resolved resolved
                ? Optional.of(resolved.tenant())
                : Optional.empty();
    }

    /** The slug of the tenant the request works in; empty for people who work beyond tenants. */
    public String slug() {
        return tenant().map(resolved -> resolved.slug().value()).orElse("");
    }

    /** Every known tenant the person is a member of, whether or not one is chosen. */
    public List<Tenant> memberships() {
        return resolver().memberships(memberships.aliases());
    }

    /**
     * Records the tenant a member of several organizations works in for this session.
     *
     * @throws TenantChoiceRefused when the person is not a member of that tenant
     */
    public Tenant choose(String requestedSlug) {
        Tenant tenant = resolver().membership(memberships.aliases(), requestedSlug)
                .orElseThrow(() -> new TenantChoiceRefused(requestedSlug));
        choice.choose(tenant.slug());
        resolution = null;
        return tenant;
    }

    private TenantResolver resolver() {
        return new TenantResolver(registry);
    }
}
