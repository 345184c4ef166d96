package ca.concerto.tenancy.application;

import ca.concerto.tenancy.domain.TenantSlug;

/** Where people's memberships of tenants live: the Keycloak organizations, one per tenant, by slug. */
public interface OrganizationDirectory {

    /**
     * Creates the tenant's organization, the last step of provisioning (so nothing ever has to undo it).
     *
     * @return its id
     * @throws OrganizationAlreadyExists when an organization already has that alias or name
     */
    String create(TenantSlug alias, String name);

    /** True when a login of that username exists and belongs to the tenant's organization. */
    boolean isMember(TenantSlug tenant, String username);

    /** An organization with that alias exists already. */
    class OrganizationAlreadyExists extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public OrganizationAlreadyExists(TenantSlug alias) {
            super("An organization named \"" + alias + "\" exists already");
        }
    }
}
