package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.plan.PlanType;
import java.time.LocalDate;

/** One line of a tenant's list of plans. */
public record PlanSummary(long id, String title, int edition, PlanType type, String period, PlanStatus status,
        LocalDate adoptedOn) {
}
