package ca.concerto.tenancy.domain;

import java.util.List;

/** The outcome of finding which tenant an authenticated person works in. */
public sealed interface TenantResolution {

    /** The person works in exactly this tenant for the rest of the session. */
    record Resolved(Tenant tenant) implements TenantResolution {
    }

    /** The person belongs to several tenants and must choose one of these. */
    record ChoiceRequired(List<Tenant> memberships) implements TenantResolution {
        public ChoiceRequired {
            memberships = List.copyOf(memberships);
        }
    }

    /** The person belongs to no known tenant. */
    record NoTenant() implements TenantResolution {
    }
}
