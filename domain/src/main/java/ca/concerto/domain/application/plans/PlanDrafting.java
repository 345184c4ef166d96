package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.followup.IndicatorMeasurement;
import ca.concerto.domain.model.followup.ProgressReport;
import ca.concerto.domain.model.meeting.Meeting;
import ca.concerto.domain.model.plan.Period;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.TemplateStarter;
import java.util.HashMap;
import java.util.Map;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape of a tenant's plans: creating one from a template or from an earlier plan, adding, moving
 * and removing elements, archiving. Each change is one revision with the person's comment. Runs in the
 * caller's transaction; the caller has checked the person may change plans.
 */
public class PlanDrafting {

    private final EntityManager entityManager;
    private final RevisionDetails revision;

    public PlanDrafting(EntityManager entityManager, String author, String tenant, String comment) {
        this.entityManager = entityManager;
        this.revision = new RevisionDetails(author, tenant, RevisionKind.EDIT, comment);
    }

    /** @throws IllegalArgumentException for an unknown template or a period that ends before it starts */
    public long create(String templateCode, NewPlan plan) {
        PlanTemplate template = entityManager.find(PlanTemplate.class, templateCode);
        if (template == null) {
            throw new IllegalArgumentException("No template " + templateCode);
        }
        Plan created = new Plan(required(plan.title()), template.planType(), template.code(), period(plan));
        if (plan.starterContent()) {
            // Copied, not referenced: a later change of the template leaves this plan as it is.
            Map<Integer, PlanElement> made = new HashMap<>();
            for (TemplateStarter starter : template.starters()) {
                PlanElement parent = starter.parentPosition() == null ? null : made.get(starter.parentPosition());
                made.put(starter.position(), created.addElement(parent, starter.levelCode(), starter.number(), starter.title()));
            }
        }
        return persist(created);
    }

    /** A new plan for a later period, starting from the elements of an earlier one. */
    public long carryForward(long fromPlanId, NewPlan plan) {
        return persist(plan(fromPlanId).carryForward(required(plan.title()), period(plan)));
    }

    public void archive(long planId) {
        Revisions.describe(entityManager, revision);
        plan(planId).archive();
        entityManager.flush();
    }

    /**
     * Adds an element at the end of a parent's children (null parent: at the top of the plan), with its
     * schedule as written, if any.
     *
     * @return the new element's number
     */
    public long addElement(long planId, Long parentId, String levelCode, String title, String schedule) {
        Plan plan = plan(planId);
        PlanElement parent = parentId == null ? null : element(parentId);
        Revisions.describe(entityManager, revision);
        PlanElement element = plan.addElement(parent, levelCode, null, required(title));
        element.schedule(schedule);
        entityManager.flush();
        return element.id();
    }

    /** Moves an element one place up (-1) or down (+1) among its siblings. */
    public void shift(long elementId, int by) {
        PlanElement element = element(elementId);
        Revisions.describe(entityManager, revision);
        element.plan().moveElement(element, element.parent(), element.position() + by);
        entityManager.flush();
    }

    /** Moves an element, with what is under it, to the end of another parent's children (null: the top). */
    public void moveUnder(long elementId, Long newParentId) {
        PlanElement element = element(elementId);
        PlanElement parent = newParentId == null ? null : element(newParentId);
        Revisions.describe(entityManager, revision);
        element.plan().moveElement(element, parent, Integer.MAX_VALUE);
        entityManager.flush();
    }

    /** What removing the element would take with it. */
    public ElementRemoval removal(long elementId) {
        PlanElement element = element(elementId);
        List<PlanElement> doomed = element.plan().withDescendants(element);
        return new ElementRemoval(elementId, doomed.stream().map(PlanElement::title).toList(),
                followUp(ProgressReport.class, doomed).size(), followUp(IndicatorMeasurement.class, doomed).size());
    }

    /** Removes the element, everything under it and their follow-up; meetings forget them. */
    public void remove(long elementId) {
        PlanElement element = element(elementId);
        Plan plan = element.plan();
        if (!plan.isEditable()) {
            throw new PlanNotEditable(plan.title(), plan.status());
        }
        Revisions.describe(entityManager, revision);
        List<PlanElement> doomed = plan.withDescendants(element);
        followUp(ProgressReport.class, doomed).forEach(entityManager::remove);
        followUp(IndicatorMeasurement.class, doomed).forEach(entityManager::remove);
        Set<Long> ids = doomed.stream().map(PlanElement::id).collect(Collectors.toSet());
        for (Meeting meeting : entityManager.createQuery(
                "select distinct m from Meeting m join m.elementIds e where e in :ids", Meeting.class)
                .setParameter("ids", ids).getResultList()) {
            meeting.dealtWith(meeting.elementIds().stream().filter(id -> !ids.contains(id)).toList());
        }
        plan.removeElement(element);
        entityManager.flush();
    }

    private <T> List<T> followUp(Class<T> kind, List<PlanElement> elements) {
        return entityManager.createQuery("select f from " + kind.getSimpleName() + " f where f.element in :elements", kind)
                .setParameter("elements", elements).getResultList();
    }

    private long persist(Plan plan) {
        Revisions.describe(entityManager, revision);
        entityManager.persist(plan);
        entityManager.flush();
        return plan.id();
    }

    private Plan plan(long planId) {
        Plan plan = entityManager.find(Plan.class, planId);
        if (plan == null) {
            throw new IllegalArgumentException("No plan " + planId + " in this tenant");
        }
        return plan;
    }

    private PlanElement element(long elementId) {
        PlanElement element = entityManager.find(PlanElement.class, elementId);
        if (element == null) {
            throw new IllegalArgumentException("No element " + elementId + " in this tenant");
        }
        return element;
    }

    private static Period period(NewPlan plan) {
        return new Period(plan.periodStart(), plan.periodEnd(), required(plan.periodLabel()));
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A plan's title and period are required");
        }
        return text.strip();
    }
}
