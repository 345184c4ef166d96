package ca.concerto.domain.model.access;

/** The person's role or organisation does not let them do this; nothing was changed. */
public class NotAllowed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, for the message the person reads. */
    public enum Reason {
        /** Only the coordination team changes a plan. */
        NOT_COORDINATOR,
        /** A partner follows up only what their organisation leads. */
        NOT_LEAD,
        /** Auditors and network analysts read; they change nothing in a tenant. */
        READ_ONLY_ROLE,
        /** The history of plans is for the coordination and the auditors. */
        NOT_AUDITOR,
        /** Comparing the bodies' plans is the network analysts' work. */
        NOT_ANALYST,
        /** The shared templates are the platform administrators'. */
        NOT_PLATFORM_ADMIN
    }

    private final Reason reason;

    public NotAllowed(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
