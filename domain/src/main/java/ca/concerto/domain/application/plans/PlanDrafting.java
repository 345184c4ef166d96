package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.followup.FollowUpRecords;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.PlanTemplates;
import ca.concerto.domain.model.template.TemplateStarter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of a body's plans: creating one from a template or from an earlier plan, adding, moving and
 * removing elements at the levels the plan's template allows, archiving. Each change is one revision with
 * the person's comment. Runs in the caller's transaction; the caller has checked the person may change plans.
 */
@Dependent
public class PlanDrafting {

    private final Plans plans;
    private final PlanTemplates templates;
    private final FollowUpRecords followUp;
    private final Revisions revisions;

    @Inject
    public PlanDrafting(Plans plans, PlanTemplates templates, FollowUpRecords followUp, Revisions revisions) {
        this.plans = plans;
        this.templates = templates;
        this.followUp = followUp;
        this.revisions = revisions;
    }

    /** @throws InvalidInput for an unknown template, a missing title or period, a period that ends before it starts */
    public long create(Actor actor, String comment, String templateCode, NewPlan plan) {
        Optional<Plan> earlier = earlierCreation(plan);
        if (earlier.isPresent()) {
            return earlier.get().id();
        }
        PlanTemplate template = templates.find(templateCode).orElseThrow(() -> new InvalidInput("template", "No template " + templateCode));
        Plan created = new Plan(plan.checkedTitle(), template.kind(), template.code(), plan.period());
        template.markUsed();
        if (plan.starterContent()) {
            // Copied, not referenced: a later change of the template leaves this plan as it is.
            Map<Integer, PlanElement> made = new HashMap<>();
            for (TemplateStarter starter : template.starters()) {
                PlanElement parent = starter.parentPosition() == null ? null : made.get(starter.parentPosition());
                made.put(starter.position(), created.addElement(template, parent, starter.levelCode(), starter.number(),
                        starter.title()));
            }
        }
        return add(actor, comment, created, plan);
    }

    /** A new plan for a later period, starting from the elements of an earlier one. */
    public long carryForward(Actor actor, String comment, long fromPlanId, NewPlan plan) {
        Optional<Plan> earlier = earlierCreation(plan);
        if (earlier.isPresent()) {
            return earlier.get().id();
        }
        Plan from = plans.find(fromPlanId).orElseThrow(() -> new InvalidInput("from", "No plan " + fromPlanId + " to carry forward"));
        return add(actor, comment, from.carryForward(plan.checkedTitle(), plan.period()), plan);
    }

    public void archive(Actor actor, String comment, long planId) {
        Plan plan = plans.get(planId);
        revisions.record(actor, RevisionKind.EDIT, comment);
        plan.archive();
    }

    /**
     * Adds an element at the end of a parent's children (null parent: at the top of the plan), with its
     * schedule as written, if any.
     *
     * @return the new element's number
     * @throws InvalidInput for a level the plan's template does not allow under that parent
     */
    public long addElement(Actor actor, String comment, long planId, Long parentId, String levelCode, String title,
            String schedule) {
        Plan plan = plans.get(planId);
        PlanElement parent = parentId == null ? null : plans.element(parentId);
        revisions.record(actor, RevisionKind.EDIT, comment);
        PlanElement element = plan.addElement(template(plan), parent, levelCode, null, required(title, "title"));
        element.schedule(schedule);
        plans.save(plan);
        return element.id();
    }

    /** Moves an element one place up (-1) or down (+1) among its siblings. */
    public void shift(Actor actor, String comment, long elementId, int by) {
        PlanElement element = plans.element(elementId);
        revisions.record(actor, RevisionKind.EDIT, comment);
        element.plan().moveElement(template(element.plan()), element, element.parent(), element.position() + by);
    }

    /** Moves an element, with what is under it, to the end of another parent's children (null: the top). */
    public void moveUnder(Actor actor, String comment, long elementId, Long newParentId) {
        PlanElement element = plans.element(elementId);
        PlanElement parent = newParentId == null ? null : plans.element(newParentId);
        revisions.record(actor, RevisionKind.EDIT, comment);
        element.plan().moveElement(template(element.plan()), element, parent, Integer.MAX_VALUE);
    }

    /** What removing the element would take with it. */
    public ElementRemoval removal(long elementId) {
        PlanElement element = plans.element(elementId);
        List<PlanElement> doomed = element.plan().withDescendants(element);
        return new ElementRemoval(elementId, doomed.stream().map(PlanElement::title).toList(),
                followUp.reportsOf(doomed).size(), followUp.measurementsOf(doomed).size());
    }

    /** Removes the element, everything under it and their follow-up; meetings forget them. */
    public void remove(Actor actor, String comment, long elementId) {
        PlanElement element = plans.element(elementId);
        Plan plan = element.plan();
        plan.ensureEditable();
        revisions.record(actor, RevisionKind.EDIT, comment);
        List<PlanElement> doomed = plan.withDescendants(element);
        followUp.forget(doomed);
        plan.removeElement(element);
    }

    private PlanTemplate template(Plan plan) {
        return templates.get(plan.templateCode());
    }

    private long add(Actor actor, String comment, Plan plan, NewPlan asked) {
        revisions.record(actor, RevisionKind.EDIT, comment);
        plan.createdBy(asked.creationKey());
        plans.save(plan);
        return plan.id();
    }

    /** A creation asked again (a lost answer retried, a button pressed twice) finds the plan the first made. */
    private Optional<Plan> earlierCreation(NewPlan plan) {
        return plan.creationKey() == null ? Optional.empty() : plans.createdBy(plan.creationKey());
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, field + " is required");
        }
        return text.strip();
    }
}
