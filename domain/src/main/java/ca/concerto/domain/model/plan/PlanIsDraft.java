package ca.concerto.domain.model.plan;

import ca.concerto.domain.model.shared.Conflict;

/** A new version was asked of a plan that is still a draft: the draft itself is what changes. */
public class PlanIsDraft extends Conflict {

    private static final long serialVersionUID = 1L;

    public PlanIsDraft(String title) {
        super(Reason.PLAN_IS_DRAFT, "The plan \"" + title + "\" is still a draft: change it directly");
    }
}
