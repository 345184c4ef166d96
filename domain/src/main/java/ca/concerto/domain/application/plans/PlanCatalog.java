package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.plan.MilestoneKind;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.domain.model.template.FieldOfAction;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.PlanTemplates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The plans of the current body (tenancy gives the session its schema): what screens and the API read
 * and change. Every change checks the person's rights here, whatever is in front of it, and runs in one
 * transaction: one revision.
 */
@RequestScoped
public class PlanCatalog {

    @Inject
    Plans plans;

    @Inject
    PlanTemplates templates;

    @Inject
    PlanEditing editing;

    @Inject
    PlanDrafting drafting;

    @Inject
    PlanAdoption adoption;

    @Inject
    PlanVersions versions;

    @Inject
    PlanText text;

    /**
     * The outline of a plan of the current body, with its whole tree, made in one transaction and in a
     * constant number of statements whatever its size (PlanTreeLoadingTest counts them). Empty when the
     * body has no such plan, whichever body may have one.
     */
    @Transactional
    public Optional<PlanOutline> outline(long planId) {
        return PlanOutlines.of(plans, templates, planId);
    }

    /** True when the current body has this plan. */
    @Transactional
    public boolean exists(long planId) {
        return plans.find(planId).isPresent();
    }

    /** True when the element is one of this plan of the current body. */
    @Transactional
    public boolean holds(long planId, long elementId) {
        return plans.holds(planId, elementId);
    }

    /** The body's plans, newest period first. */
    @Transactional
    public List<PlanSummary> plans() {
        return plans.all().stream().map(PlanSummary::of).toList();
    }

    /**
     * The actions and activities of the body's current (not archived) plans, plan by plan, for linking
     * meetings and assessments to them: one transaction, each tree loaded in a constant number of statements.
     */
    @Transactional
    public List<PlanOutline> currentOutlines() {
        return plans.all().stream().filter(plan -> plan.status() != PlanStatus.ARCHIVED)
                .map(plan -> PlanOutlines.of(plans, templates, plan.id()).orElseThrow()).toList();
    }

    /** The shared templates a plan can be created from. */
    @Transactional
    public List<PlanTemplate> templates() {
        return templates.all();
    }

    /** The network's fields of action, in their order. */
    @Transactional
    public List<FieldOfAction> fieldsOfAction() {
        return templates.fieldsOfAction();
    }

    /**
     * Saves a person's changes to an element, as one revision.
     *
     * @throws EditConflict when the element changed since the person read it; nothing is saved then
     */
    @Transactional
    public int save(ElementChanges changes, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        return editing.save(actor, comment, changes);
    }

    /** The fields of action Concerto suggests for the plan's elements, from their words and their parents'. */
    @Transactional
    public List<PlanEditing.FieldSuggestion> fieldSuggestions(long planId) {
        return editing.fieldSuggestions(planId);
    }

    /**
     * Accepts, or refuses, the suggested fields of action of the given elements (every element's when none is
     * given), as one revision of a draft: only accepted fields count for the network; refused ones are not
     * suggested again.
     *
     * @return how many elements had suggestions decided
     */
    @Transactional
    public int decideFieldSuggestions(long planId, Collection<Long> elementIds, boolean accept, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        return editing.decideFieldSuggestions(actor, comment, planId, elementIds, accept);
    }

    /** The committee adopted the plan: an adoption revision; the plan is read-only from then on. */
    @Transactional
    public void adopt(long planId, LocalDate on, String adoptingBody, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        adoption.adopt(actor, comment, planId, on, adoptingBody);
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
        return versions.startNewVersion(actor, comment, planId);
    }

    /** @return the new plan's number */
    @Transactional
    public long create(String templateCode, NewPlan plan, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        return drafting.create(actor, comment, templateCode, plan);
    }

    /** @return the new plan's number */
    @Transactional
    public long carryForward(long fromPlanId, NewPlan plan, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        return drafting.carryForward(actor, comment, fromPlanId, plan);
    }

    @Transactional
    public void archive(long planId, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        drafting.archive(actor, comment, planId);
    }

    /** @return the new element's number */
    @Transactional
    public long addElement(long planId, Long parentId, String levelCode, String title, String schedule, Actor actor,
            String comment) {
        Rights.ensureMayEditPlans(actor);
        return drafting.addElement(actor, comment, planId, parentId, levelCode, title, schedule);
    }

    /** Moves an element one place up (-1) or down (+1) among its siblings. */
    @Transactional
    public void shift(long elementId, int by, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        drafting.shift(actor, comment, elementId, by);
    }

    @Transactional
    public void moveUnder(long elementId, Long newParentId, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        drafting.moveUnder(actor, comment, elementId, newParentId);
    }

    /** What removing the element would take with it, for the person to confirm. */
    @Transactional
    public ElementRemoval removal(long elementId) {
        return drafting.removal(elementId);
    }

    @Transactional
    public void remove(long elementId, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        drafting.remove(actor, comment, elementId);
    }

    /** @return the new section's number */
    @Transactional
    public long addSection(long planId, SectionKind kind, String title, String body, Integer position, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        return text.addSection(actor, comment, planId, kind, title, body, position);
    }

    /**
     * @throws ca.concerto.domain.model.shared.ChangedMeanwhile when the section changed since the person read it
     * @return the section's new version
     */
    @Transactional
    public int rewriteSection(long planId, long sectionId, int fromVersion, SectionKind kind, String title, String body,
            Integer position, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        return text.rewriteSection(actor, comment, planId, sectionId, fromVersion, kind, title, body, position);
    }

    @Transactional
    public void removeSection(long planId, long sectionId, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        text.removeSection(actor, comment, planId, sectionId);
    }

    /** A milestone other than the adoption, on any version: it freezes nothing. @return its number */
    @Transactional
    public long recordMilestone(long planId, MilestoneKind kind, LocalDate on, String counterpart, String note, Actor actor,
            String comment) {
        Rights.ensureMayEditPlans(actor);
        return text.recordMilestone(actor, comment, planId, kind, on, counterpart, note);
    }

    @Transactional
    public void removeMilestone(long planId, long milestoneId, Actor actor, String comment) {
        Rights.ensureMayEditPlans(actor);
        text.removeMilestone(actor, comment, planId, milestoneId);
    }
}
