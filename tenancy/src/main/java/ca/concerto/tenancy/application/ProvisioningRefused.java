package ca.concerto.tenancy.application;

/** A request to provision a tenant that cannot be carried out as asked; nothing was changed. */
public class ProvisioningRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; the web layer words it for people. */
    public enum Reason {
        MALFORMED_SLUG, MISSING_NAME, MISSING_REGION, UNKNOWN_KIND, DUPLICATE_SLUG, ORGANIZATION_EXISTS
    }

    private final Reason reason;

    public ProvisioningRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
