package ca.concerto.tenancy.application;

import ca.concerto.tenancy.domain.TenantSlug;

/** Where people's memberships of tenants live: the Keycloak organizations, one per tenant, by slug. */
public interface OrganizationDirectory {

    /**
     * Creates the tenant's organization.
     *
     * @return its id, to remove it again if needed
     * @throws OrganizationAlreadyExists when an organization already has that alias
     */
    String create(TenantSlug alias, String name);

    void delete(String id);

    /** An organization with that alias exists already. */
    class OrganizationAlreadyExists extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public OrganizationAlreadyExists(TenantSlug alias) {
            super("An organization named \"" + alias + "\" exists already");
        }
    }
}
