package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.plans.PlanSummary;
import ca.concerto.domain.model.plan.PlanStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** One plan of the body's list: {@code GET /api/plans}. */
@JsonbPropertyOrder({"id", "title", "edition", "kind", "period", "status", "adoptedOn"})
public record PlanLine(long id, String title, int edition, KindPayload kind, String period, PlanStatus status,
        LocalDate adoptedOn) {

    public static PlanLine of(PlanSummary plan) {
        return new PlanLine(plan.id(), plan.title(), plan.edition(), KindPayload.of(plan.kind()), plan.period(), plan.status(),
                plan.adoptedOn());
    }
}
