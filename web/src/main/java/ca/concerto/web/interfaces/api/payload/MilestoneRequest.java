package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.model.plan.MilestoneKind;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** {@code POST /api/plans/{id}/milestones}: filed, presented or approved, on a day, with whom. */
public record MilestoneRequest(@NotNull MilestoneKind kind, @NotNull LocalDate on,
        @NotBlank @Size(max = TextLimits.NAME) String counterpart, @Size(max = TextLimits.LINE) String note,
        @Size(max = TextLimits.LINE) String comment) {
}
