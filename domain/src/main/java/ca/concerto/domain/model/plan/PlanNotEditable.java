package ca.concerto.domain.model.plan;

import ca.concerto.domain.model.shared.Conflict;

/** Someone tried to change a plan that is adopted or archived; changes go into a new draft version. */
public class PlanNotEditable extends Conflict {

    private static final long serialVersionUID = 1L;

    public PlanNotEditable(String title, PlanStatus status) {
        super(Reason.PLAN_NOT_EDITABLE, "The plan \"" + title + "\" is " + status.name().toLowerCase()
                + ": start a new version to change it");
    }
}
