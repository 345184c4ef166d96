package ca.concerto.web.interfaces.api.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** {@code POST /api/plans/{id}/adoption}: when and by whom the plan was adopted. */
public record AdoptionRequest(@NotNull LocalDate on, @NotBlank String by, String comment) {
}
