package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.model.shared.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/plans/{id}/elements}: a new element under a parent (null: at the top). */
public record NewElementRequest(Long parentId, @NotBlank String level, @NotBlank @Size(max = TextLimits.LINE) String title, String schedule,
        String comment) {
}
