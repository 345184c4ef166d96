package ca.concerto.domain.application.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ca.concerto.domain.model.plan.Plan;
import java.util.List;
import java.util.Optional;

/** The plans of the current tenant (tenancy gives the session its schema), newest period first. */
@RequestScoped
public class PlanCatalog {

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    /**
     * A plan with its whole tree and every field its screens show, in a constant number of statements
     * whatever its size: the plan, its elements, each element collection once, leads' organisations and
     * people once (PlanTreeLoadingTest counts them).
     */
    public Optional<Plan> tree(long planId) {
        return PlanTrees.load(entityManager, planId);
    }

    public List<PlanSummary> plans() {
        return entityManager.createQuery("""
                select new ca.concerto.domain.application.plans.PlanSummary(
                    p.id, p.title, p.type, p.period.label, p.status, p.adoptedOn)
                from Plan p order by p.period.start desc, p.title""", PlanSummary.class).getResultList();
    }
}
