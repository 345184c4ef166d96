package ca.concerto.domain.application.followup;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.application.plans.PlanOutlines;
import ca.concerto.domain.model.access.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** The follow-up of the current tenant's plans, for screens and the API alike. */
@RequestScoped
public class FollowUpService {

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    private final Clock clock = Clock.systemDefaultZone();

    @Transactional
    public PlanFollowUp of(long planId) {
        return reporting().of(planId);
    }

    /** The plan's dashboard as of today; empty when the tenant has no such plan. */
    @Transactional
    public Optional<PlanDashboard> dashboard(long planId) {
        Optional<PlanOutline> outline = PlanOutlines.of(entityManager, planId);
        return outline.map(plan -> PlanDashboards.of(plan, reporting().of(planId), today()));
    }

    @Transactional
    public PlanFollowUp.Report report(Actor actor, ProgressEntry entry) {
        return reporting().report(actor, entry, today());
    }

    @Transactional
    public PlanFollowUp.Measurement measure(Actor actor, MeasurementEntry entry) {
        return reporting().measure(actor, entry);
    }

    /** The elements of the plan the actor may follow up. */
    @Transactional
    public Set<Long> followable(Actor actor, long planId) {
        return reporting().followable(actor, planId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private ProgressReporting reporting() {
        return new ProgressReporting(entityManager);
    }
}
