package ca.concerto.tenancy.application;

import ca.concerto.tenancy.domain.TenantSlug;

/** A tenant with that slug exists already. */
public class TenantAlreadyRegistered extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TenantAlreadyRegistered(TenantSlug slug) {
        super("A tenant named \"" + slug + "\" exists already");
    }
}
