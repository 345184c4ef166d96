package ca.concerto.web.interfaces.home;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanSummary;
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

    private List<PlanSummary> plans;

    /** The plans of the person's body; none for someone who works beyond bodies. */
    public List<PlanSummary> getPlans() {
        if (plans == null) {
            plans = currentTenant.tenant().isPresent() ? catalog.plans() : List.of();
        }
        return plans;
    }
}
