package ca.concerto.web.interfaces.home;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanSummary;
import ca.concerto.domain.application.watch.PolicyWatch;
import ca.concerto.web.infrastructure.security.AuthenticatedMember;
import ca.concerto.tenancy.application.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The landing page's list of the body's plans. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PlanCatalog catalog;

    @Inject
    PolicyWatch watch;

    @Inject
    AuthenticatedMember member;

    private List<PlanSummary> plans;
    private Long newWatchItems;

    /** How many watch items were posted since the person last looked at the board. */
    public long getNewWatchItems() {
        if (newWatchItems == null) {
            newWatchItems = currentTenant.tenant().isPresent() ? watch.newSinceLastVisit(member.username()) : 0L;
        }
        return newWatchItems;
    }

    /** The plans of the person's body; none for someone who works beyond bodies. */
    public List<PlanSummary> getPlans() {
        if (plans == null) {
            plans = currentTenant.tenant().isPresent() ? catalog.plans() : List.of();
        }
        return plans;
    }
}
