package ca.concerto.domain.model.plan;

/** Someone tried to change a plan that is adopted or archived; changes go into a new draft version. */
public class PlanNotEditable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlanNotEditable(String title, PlanStatus status) {
        super("The plan \"" + title + "\" is " + status.name().toLowerCase()
                + ": start a new version to change it");
    }
}
