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
import java.util.Optional;
import java.util.Set;

/** The follow-up of the current tenant's plans, for screens and the API alike. */
@RequestScoped
public class FollowUpService {

    @Inject
    ProgressReporting reporting;

    @Inject
    Plans plans;

    @Inject
    PlanTemplates templates;

    private final Clock clock = Clock.systemDefaultZone();

    @Transactional
    public PlanFollowUp of(long planId) {
        return reporting.of(planId);
    }

    /** The plan's dashboard as of today; empty when the tenant has no such plan. */
    @Transactional
    public Optional<PlanDashboard> dashboard(long planId) {
        return PlanOutlines.of(plans, templates, planId).map(plan -> PlanDashboards.of(plan, reporting.of(planId), today()));
    }

    @Transactional
    public PlanFollowUp.Report report(Actor actor, ProgressEntry entry) {
        return reporting.report(actor, entry, today());
    }

    @Transactional
    public PlanFollowUp.Measurement measure(Actor actor, MeasurementEntry entry) {
        return reporting.measure(actor, entry);
    }

    /** The elements of the plan the actor may follow up. */
    @Transactional
    public Set<Long> followable(Actor actor, long planId) {
        return reporting.followable(actor, planId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
