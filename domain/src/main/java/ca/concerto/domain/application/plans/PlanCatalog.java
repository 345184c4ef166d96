package ca.concerto.domain.application.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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

    /** The committee adopted the plan: an adoption revision; the plan is read-only from then on. */
    @Transactional
    public void adopt(long planId, LocalDate on, String adoptingBody, String author, String tenant, String comment) {
        new PlanAdoption(entityManager).adopt(planId, on, adoptingBody, author, tenant, comment);
    }

    /**
     * A new draft of an adopted or archived plan, with a copy of its elements, for the changes after
     * adoption; the adopted plan stays as it is. When the plan already has a draft version, that draft:
     * one plan has one draft at a time.
     *
     * @return the draft's number
     */
    @Transactional
    public long startNewVersion(long planId, String author, String tenant, String comment) {
        return new PlanVersions(entityManager).startNewVersion(planId, author, tenant, comment);
    }

    @Transactional
    public List<PlanSummary> plans() {
        return entityManager.createQuery("""
                select new ca.concerto.domain.application.plans.PlanSummary(
                    p.id, p.title, p.edition, p.type, p.period.label, p.status, p.adoptedOn)
                from Plan p order by p.period.start desc, p.title, p.edition""", PlanSummary.class).getResultList();
    }
}
