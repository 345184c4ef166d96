package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanKind;
import ca.concerto.domain.model.plan.PlanStatus;
import java.time.LocalDate;

/** One line of a body's list of plans. */
public record PlanSummary(long id, String title, int edition, PlanKind kind, String period, PlanStatus status,
        LocalDate adoptedOn) {

    public static PlanSummary of(Plan plan) {
        return new PlanSummary(plan.id(), plan.title(), plan.edition(), plan.kind(), plan.period().label(), plan.status(),
                plan.adoptedOn());
    }
}
