package ca.concerto.web.infrastructure.security;

import ca.concerto.tenancy.domain.TenantResolution;

/** Whether an authenticated person may enter Concerto's screens, and if not, where they go instead. */
public enum Admission {
    ADMITTED,
    CHOOSE_TENANT,
    NO_ACCESS;

    /**
     * A person works in their tenant; one with several must choose first; one with none enters only if a
     * network or platform role gives them something to do beyond tenants.
     */
    public static Admission of(TenantResolution resolution, boolean worksBeyondTenants) {
        if (resolution instanceof TenantResolution.ChoiceRequired) {
            return CHOOSE_TENANT;
        }
        if (resolution instanceof TenantResolution.NoTenant && !worksBeyondTenants) {
            return NO_ACCESS;
        }
        return ADMITTED;
    }
}
