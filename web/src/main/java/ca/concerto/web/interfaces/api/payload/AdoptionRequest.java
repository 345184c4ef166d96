package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.model.shared.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** {@code POST /api/plans/{id}/adoption}: when and by whom the plan was adopted. */
public record AdoptionRequest(@NotNull LocalDate on, @NotBlank @Size(max = TextLimits.NAME) String by, String comment) {
}
