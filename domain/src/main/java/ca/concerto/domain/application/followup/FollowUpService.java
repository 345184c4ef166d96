package ca.concerto.domain.application.followup;

import ca.concerto.domain.application.plans.PlanOutlines;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.template.PlanTemplates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The follow-up of the current tenant's plans, for screens and the API alike. */
@RequestScoped
public class FollowUpService {

    private final ProgressReporting reporting;
    private final Plans plans;
    private final PlanTemplates templates;

    private final Clock clock = Clock.systemDefaultZone();

    /** For CDI's client proxy only. */
    protected FollowUpService() {
        this(null, null, null);
    }

    @Inject
    public FollowUpService(ProgressReporting reporting, Plans plans, PlanTemplates templates) {
        this.reporting = reporting;
        this.plans = plans;
        this.templates = templates;
    }

    /** The plan as its pages show it, for this person; empty when the body has no such plan. */
    @Transactional
    public Optional<FollowedPlan> followed(Actor actor, long planId) {
        List<FollowedPlan.FieldLabel> fields = templates.fieldsOfAction().stream().map(field -> new FollowedPlan.FieldLabel(
                field.code(), field.label(Locale.CANADA_FRENCH), field.label(Locale.ENGLISH))).toList();
        // The follow-up before the tree: its queries then have no loaded tree to flush first (5% of a plan page's time).
        PlanFollowUp followUp = reporting.of(planId);
        return plans.treeToRead(planId).map(plan -> new FollowedPlan(
                PlanOutlines.outline(plan, templates.find(plan.templateCode()).orElse(null)), followUp,
                reporting.followable(actor, plan), fields, today()));
    }

    @Transactional
    public PlanFollowUp of(long planId) {
        return reporting.of(planId);
    }

    @Transactional
    public PlanFollowUp.Report report(Actor actor, ProgressEntry entry) {
        return reporting.report(actor, entry, today());
    }

    @Transactional
    public PlanFollowUp.Measurement measure(Actor actor, MeasurementEntry entry) {
        return reporting.measure(actor, entry);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
