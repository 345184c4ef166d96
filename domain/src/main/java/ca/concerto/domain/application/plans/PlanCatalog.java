package ca.concerto.domain.application.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The plans of the current tenant (tenancy gives the session its schema), newest period first. */
@RequestScoped
public class PlanCatalog {

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    /**
     * The outline of a plan of the current tenant, with its whole tree, made in one transaction and in a
     * constant number of statements whatever its size (PlanTreeLoadingTest counts them). Empty when the
     * tenant has no such plan, whichever tenant may have one.
     */
    @Transactional
    public Optional<PlanOutline> outline(long planId) {
        return PlanOutlines.of(entityManager, planId);
    }

    /**
     * Saves a person's changes to an element, as one revision.
     *
     * @throws EditConflict when the element changed since the person read it; nothing is saved then
     */
    @Transactional
    public int save(ElementChanges changes, String author, String tenant, String comment) {
        return new PlanEditing(entityManager).save(changes, author, tenant, comment);
    }

    @Transactional
    public List<PlanSummary> plans() {
        return entityManager.createQuery("""
                select new ca.concerto.domain.application.plans.PlanSummary(
                    p.id, p.title, p.type, p.period.label, p.status, p.adoptedOn)
                from Plan p order by p.period.start desc, p.title""", PlanSummary.class).getResultList();
    }
}
