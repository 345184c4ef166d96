package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.plan.Plan;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * The committee adopts a plan: the change is recorded as an adoption revision, so that the plan exactly as
 * adopted can be found again at that revision. Runs in the caller's transaction.
 */
public class PlanAdoption {

    private final EntityManager entityManager;

    public PlanAdoption(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param author the person recording the adoption
     * @param tenant the tenant's slug, as the revision names it
     */
    public Plan adopt(long planId, LocalDate on, String adoptingBody, String author, String tenant, String comment) {
        Plan plan = entityManager.find(Plan.class, planId);
        if (plan == null) {
            throw new IllegalArgumentException("No plan " + planId + " in this tenant");
        }
        Revisions.describe(entityManager, new RevisionDetails(author, tenant, RevisionKind.ADOPTION, comment));
        plan.adopt(on, adoptingBody);
        return plan;
    }
}
