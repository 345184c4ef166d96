package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Hibernate;

/** Loads a plan's whole tree for display in a number of statements that does not grow with the plan. */
public final class PlanTrees {

    private PlanTrees() {
    }

    public static Optional<Plan> load(EntityManager entityManager, long planId) {
        Plan plan = entityManager.find(Plan.class, planId);
        if (plan == null) {
            return Optional.empty();
        }
        // The first touch of a collection loads it for every element at once (subselect fetching); the
        // leads' organisations and people come in batches.
        for (PlanElement element : plan.elements()) {
            element.collaborators().size();
            element.resultIndicators().size();
            element.targetGroups().size();
            element.fieldsOfAction().size();
            if (element.lead() != null) {
                Hibernate.initialize(element.lead().organisation());
                Hibernate.initialize(element.lead().person());
            }
        }
        return Optional.of(plan);
    }
}
