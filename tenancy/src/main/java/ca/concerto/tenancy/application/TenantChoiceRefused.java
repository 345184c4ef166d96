package ca.concerto.tenancy.application;

/** A person tried to work in a tenant they are not a member of. */
public class TenantChoiceRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TenantChoiceRefused(String requested) {
        super("Not a member of the requested tenant: " + requested);
    }
}
