package ca.concerto.domain.model.shared;

/**
 * The change cannot be made over what is saved now: someone changed it meanwhile, or the plan no longer
 * changes. Nothing was overwritten; the person's own text stays with them.
 */
public abstract class Conflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, as the API names it: {@code CHANGED_MEANWHILE}, {@code PLAN_NOT_EDITABLE}... */
    public enum Reason { CHANGED_MEANWHILE, PLAN_NOT_EDITABLE, PLAN_IS_DRAFT, ALREADY_EXISTS, TEMPLATE_IN_USE, UNRESOLVED_CONFLICTS }

    private final Reason reason;

    protected Conflict(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
