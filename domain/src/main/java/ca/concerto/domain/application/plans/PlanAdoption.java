package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.Plans;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The committee adopts a plan: the change is recorded as an adoption revision, so that the plan exactly as
 * adopted can be found again at that revision. Runs in the caller's transaction.
 */
@Dependent
public class PlanAdoption {

    private final Plans plans;
    private final Revisions revisions;

    @Inject
    public PlanAdoption(Plans plans, Revisions revisions) {
        this.plans = plans;
        this.revisions = revisions;
    }

    public Plan adopt(Actor actor, String comment, long planId, LocalDate on, String adoptingBody) {
        Plan plan = plans.get(planId);
        if (plan.adoptedAs(on, adoptingBody)) {
            // The same adoption asked again after a lost answer: it is recorded already, once.
            return plan;
        }
        revisions.record(actor, RevisionKind.ADOPTION, comment);
        plan.adopt(on, adoptingBody);
        return plan;
    }
}
