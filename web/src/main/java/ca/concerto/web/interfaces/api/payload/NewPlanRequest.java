package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** {@code POST /api/plans}: from a shared template, or carried forward {@code from} a plan of the body. */
public record NewPlanRequest(String template, Long from, @Size(max = TextLimits.NAME) String title, @Size(max = TextLimits.NAME) String period, LocalDate start, LocalDate end,
        Boolean starter, String comment) {

    /** The plan to create; {@code creationKey} (may be null) names this creation, so that a retry finds it. */
    public NewPlan plan(String creationKey) {
        return new NewPlan(title, period, start, end, Boolean.TRUE.equals(starter), creationKey);
    }
}
