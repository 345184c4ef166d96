package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.model.shared.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/platform/templates/{code}/copies}: the copy's code (left out: from its French name) and names. */
public record TemplateCopyRequest(@Size(max = 63) String code, @NotBlank @Size(max = TextLimits.NAME) String nameFr,
        @NotBlank @Size(max = TextLimits.NAME) String nameEn) {
}
