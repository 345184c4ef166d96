package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.template.FieldOfAction;
import ca.concerto.domain.model.template.PlanTemplate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The plans of the current tenant (tenancy gives the session its schema): what screens and the API read
 * and change. Every change checks the person's rights here, whatever is in front of it.
 */
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

    /** True when the current tenant has this plan. */
    @Transactional
    public boolean exists(long planId) {
        return entityManager.find(Plan.class, planId) != null;
    }

    /** True when the element is one of this plan of the current tenant. */
    @Transactional
    public boolean holds(long planId, long elementId) {
        return entityManager.createQuery("select count(e) from PlanElement e where e.id = :element and e.plan.id = :plan",
                Long.class).setParameter("element", elementId).setParameter("plan", planId).getSingleResult() > 0;
    }

    /** The tenant's plans, newest period first. */
    @Transactional
    public List<PlanSummary> plans() {
        return entityManager.createQuery("""
                select new ca.concerto.domain.application.plans.PlanSummary(
                    p.id, p.title, p.edition, p.type, p.period.label, p.status, p.adoptedOn)
                from Plan p order by p.period.start desc nulls last, p.title, p.edition""", PlanSummary.class).getResultList();
    }

    /** The shared templates a plan can be created from. */
    @Transactional
    public List<PlanTemplate> templates() {
        return entityManager.createQuery("select t from PlanTemplate t order by t.code", PlanTemplate.class).getResultList();
    }

    /** The network's fields of action, in their order. */
    @Transactional
    public List<FieldOfAction> fieldsOfAction() {
        return entityManager.createQuery("select f from FieldOfAction f order by f.position", FieldOfAction.class).getResultList();
    }

    /**
     * Saves a person's changes to an element, as one revision.
     *
     * @throws EditConflict when the element changed since the person read it; nothing is saved then
     */
    @Transactional
    public int save(ElementChanges changes, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        return new PlanEditing(entityManager).save(changes, actor.username(), actor.tenant(), comment);
    }

    /** The committee adopted the plan: an adoption revision; the plan is read-only from then on. */
    @Transactional
    public void adopt(long planId, LocalDate on, String adoptingBody, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        new PlanAdoption(entityManager).adopt(planId, on, adoptingBody, actor.username(), actor.tenant(), comment);
    }

    /**
     * A new draft of an adopted or archived plan, with a copy of its elements, for the changes after
     * adoption; the adopted plan stays as it is. When the plan already has a draft version, that draft:
     * one plan has one draft at a time.
     *
     * @return the draft's number
     */
    @Transactional
    public long startNewVersion(long planId, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        return new PlanVersions(entityManager).startNewVersion(planId, actor.username(), actor.tenant(), comment);
    }

    /** @return the new plan's number */
    @Transactional
    public long create(String templateCode, NewPlan plan, Actor actor, String comment) {
        return drafting(actor, comment).create(templateCode, plan);
    }

    /** @return the new plan's number */
    @Transactional
    public long carryForward(long fromPlanId, NewPlan plan, Actor actor, String comment) {
        return drafting(actor, comment).carryForward(fromPlanId, plan);
    }

    @Transactional
    public void archive(long planId, Actor actor, String comment) {
        drafting(actor, comment).archive(planId);
    }

    /** @return the new element's number */
    @Transactional
    public long addElement(long planId, Long parentId, String levelCode, String title, String schedule, Actor actor,
            String comment) {
        return drafting(actor, comment).addElement(planId, parentId, levelCode, title, schedule);
    }

    /** Moves an element one place up (-1) or down (+1) among its siblings. */
    @Transactional
    public void shift(long elementId, int by, Actor actor, String comment) {
        drafting(actor, comment).shift(elementId, by);
    }

    @Transactional
    public void moveUnder(long elementId, Long newParentId, Actor actor, String comment) {
        drafting(actor, comment).moveUnder(elementId, newParentId);
    }

    /** What removing the element would take with it, for the person to confirm. */
    @Transactional
    public ElementRemoval removal(long elementId) {
        return new PlanDrafting(entityManager, "", "", "").removal(elementId);
    }

    @Transactional
    public void remove(long elementId, Actor actor, String comment) {
        drafting(actor, comment).remove(elementId);
    }

    private PlanDrafting drafting(Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        return new PlanDrafting(entityManager, actor.username(), actor.tenant(), comment);
    }
}
