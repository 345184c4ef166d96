package ca.concerto.web.interfaces.api.payload;

import jakarta.validation.constraints.NotBlank;

/** {@code POST /api/plans/{id}/elements}: a new element under a parent (null: at the top). */
public record NewElementRequest(Long parentId, @NotBlank String level, @NotBlank String title, String schedule,
        String comment) {
}
