package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.plan.Plan;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * New versions of adopted plans: a draft copied from the plan, numbered after every edition of its
 * lineage. One plan has one draft at a time: asking again opens the draft there is. Runs in the caller's
 * transaction.
 */
public class PlanVersions {

    private final EntityManager entityManager;

    public PlanVersions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return the number of the plan's draft version, new or existing */
    public long startNewVersion(long planId, String author, String tenant, String comment) {
        Plan plan = entityManager.find(Plan.class, planId);
        if (plan == null) {
            throw new IllegalArgumentException("No plan " + planId + " in this tenant");
        }
        List<Plan> lineage = entityManager.createQuery(
                "select p from Plan p where p.lineage = :lineage order by p.edition", Plan.class)
                .setParameter("lineage", plan.lineage()).getResultList();
        for (Plan version : lineage) {
            if (version.isEditable()) {
                return version.id();
            }
        }
        Revisions.describe(entityManager, new RevisionDetails(author, tenant, RevisionKind.EDIT, comment));
        Plan draft = plan.startNewVersion(lineage.get(lineage.size() - 1).edition() + 1);
        entityManager.persist(draft);
        entityManager.flush();
        return draft.id();
    }
}
