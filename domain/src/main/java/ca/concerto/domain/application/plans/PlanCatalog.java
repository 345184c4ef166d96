package ca.concerto.domain.application.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The plans of the current tenant (tenancy gives the session its schema), newest period first. */
@RequestScoped
public class PlanCatalog {

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    public List<PlanSummary> plans() {
        return entityManager.createQuery("""
                select new ca.concerto.domain.application.plans.PlanSummary(
                    p.id, p.title, p.type, p.period.label, p.status, p.adoptedOn)
                from Plan p order by p.period.start desc, p.title""", PlanSummary.class).getResultList();
    }
}
