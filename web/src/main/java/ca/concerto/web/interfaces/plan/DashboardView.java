package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.followup.FollowUpService;
import ca.concerto.domain.application.followup.PlanDashboard;
import ca.concerto.domain.application.followup.PlanDashboards;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.followup.ProgressStatus;
import ca.concerto.web.infrastructure.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A plan at a glance: progress by axis, overdue items, items per lead by status. */
@Named
@ViewScoped
public class DashboardView extends PlanPage<DashboardView.Reading> {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpService followUps;

    @Inject
    CurrentActor actor;

    /** The plan and its dashboard, read in one request. */
    record Reading(PlanOutline outline, PlanDashboard dashboard) {
    }

    @Override
    protected Optional<Reading> read(long planId) {
        return followUps.followed(actor.get(), planId).map(followed -> new Reading(followed.outline(),
                PlanDashboards.of(followed.outline(), followed.followUp(), followed.today())));
    }

    @Override
    protected PlanOutline outlineOf(Reading reading) {
        return reading.outline();
    }

    public PlanDashboard getDashboard() {
        return reading().dashboard();
    }

    public List<PlanOutline.Element> getOverdue() {
        return getDashboard().overdue().stream().map(id -> getOutline().elements().stream()
                .filter(element -> element.id() == id).findFirst().orElseThrow()).toList();
    }

    public ProgressStatus[] getStatuses() {
        return ProgressStatus.values();
    }

    /** A bar's width for a share of a lead's items. */
    public String share(PlanDashboard.LeadLoad load, ProgressStatus status) {
        int count = status == null ? load.unreported() : load.byStatus().getOrDefault(status, 0);
        return String.format(Locale.ROOT, "width:%.2f%%", 100.0 * count / Math.max(1, load.items()));
    }

    public int count(PlanDashboard.LeadLoad load, ProgressStatus status) {
        return load.byStatus().getOrDefault(status, 0);
    }
}
