package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.Plans;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * New versions of adopted plans: a draft copied from the plan, numbered after every edition of its
 * lineage. One plan has one draft at a time: asking again opens the draft there is. Runs in the caller's
 * transaction.
 */
@Dependent
public class PlanVersions {

    private final Plans plans;
    private final Revisions revisions;

    @Inject
    public PlanVersions(Plans plans, Revisions revisions) {
        this.plans = plans;
        this.revisions = revisions;
    }

    /** @return the number of the plan's draft version, new or existing */
    public long startNewVersion(Actor actor, String comment, long planId) {
        Plan plan = plans.get(planId);
        List<Plan> lineage = plans.lineage(plan, null);
        for (Plan version : lineage) {
            if (version.isEditable()) {
                return version.id();
            }
        }
        revisions.record(actor, RevisionKind.EDIT, comment);
        Plan draft = plan.startNewVersion(lineage.get(lineage.size() - 1).edition() + 1);
        plans.save(draft);
        return draft.id();
    }
}
