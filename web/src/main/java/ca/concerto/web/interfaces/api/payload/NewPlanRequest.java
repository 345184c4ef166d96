package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.plans.NewPlan;
import java.time.LocalDate;

/** {@code POST /api/plans}: from a shared template, or carried forward {@code from} a plan of the body. */
public record NewPlanRequest(String template, Long from, String title, String period, LocalDate start, LocalDate end,
        Boolean starter, String comment) {

    public NewPlan plan() {
        return new NewPlan(title, period, start, end, Boolean.TRUE.equals(starter));
    }
}
