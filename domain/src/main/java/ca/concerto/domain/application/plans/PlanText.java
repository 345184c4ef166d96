package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.plan.MilestoneKind;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanMilestone;
import ca.concerto.domain.model.plan.PlanSection;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.domain.model.shared.ChangedMeanwhile;
import ca.concerto.domain.model.shared.NotFound;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * What a plan says around its tree: its sections (written on a draft, each change one revision, checked
 * against the version the person read) and its milestones other than the adoption (recorded on any version,
 * as revisions of their own kind). Runs in the caller's transaction; the caller has checked the rights.
 */
@Dependent
public class PlanText {

    private final Plans plans;
    private final Revisions revisions;

    @Inject
    public PlanText(Plans plans, Revisions revisions) {
        this.plans = plans;
        this.revisions = revisions;
    }

    /** @return the new section's number */
    public long addSection(Actor actor, String comment, long planId, SectionKind kind, String title, String body, Integer position) {
        Plan plan = plans.get(planId);
        revisions.record(actor, RevisionKind.EDIT, comment);
        PlanSection section = plan.addSection(kind, title, body, position);
        plans.save(plan);
        return section.id();
    }

    /**
     * @throws ChangedMeanwhile when the section changed since the version the person read; nothing is saved
     * @return the section's new version
     */
    public int rewriteSection(Actor actor, String comment, long planId, long sectionId, int fromVersion, SectionKind kind,
            String title, String body, Integer position) {
        Plan plan = plans.get(planId);
        PlanSection section = section(plan, sectionId);
        if (section.version() != fromVersion) {
            throw new ChangedMeanwhile("The section " + sectionId + " changed since version " + fromVersion);
        }
        revisions.record(actor, RevisionKind.EDIT, comment);
        plan.rewriteSection(section, kind, title, body, position);
        plans.save(plan);
        return section.version();
    }

    public void removeSection(Actor actor, String comment, long planId, long sectionId) {
        Plan plan = plans.get(planId);
        PlanSection section = section(plan, sectionId);
        revisions.record(actor, RevisionKind.EDIT, comment);
        plan.removeSection(section);
    }

    /** @return the milestone's number */
    public long recordMilestone(Actor actor, String comment, long planId, MilestoneKind kind, LocalDate on, String counterpart,
            String note) {
        Plan plan = plans.get(planId);
        revisions.record(actor, RevisionKind.MILESTONE, comment);
        PlanMilestone milestone = plan.recordMilestone(kind, on, counterpart, note);
        plans.save(plan);
        return milestone.id();
    }

    public void removeMilestone(Actor actor, String comment, long planId, long milestoneId) {
        Plan plan = plans.get(planId);
        PlanMilestone milestone = plan.milestones().stream().filter(candidate -> candidate.id() == milestoneId).findFirst()
                .orElseThrow(() -> new NotFound(NotFound.What.MILESTONE, milestoneId));
        revisions.record(actor, RevisionKind.MILESTONE, comment);
        plan.removeMilestone(milestone);
    }

    private static PlanSection section(Plan plan, long sectionId) {
        return plan.sections().stream().filter(section -> section.id() == sectionId).findFirst()
                .orElseThrow(() -> new NotFound(NotFound.What.SECTION, sectionId));
    }
}
