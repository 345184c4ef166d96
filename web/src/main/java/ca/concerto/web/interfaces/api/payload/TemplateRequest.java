package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.templates.TemplateDraft;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/platform/templates}: a new template, its names, the kind of plan it makes, and its levels
 * in order, each under an earlier one ({@code parent}: its code) or at the top. Codes left out are made from
 * the French names. {@code PUT /api/platform/templates/{code}} takes the names and kind (levels ignored) with
 * {@code fromVersion}.
 */
public record TemplateRequest(@Size(max = 63) String code, @NotBlank @Size(max = TextLimits.NAME) String nameFr,
        @NotBlank @Size(max = TextLimits.NAME) String nameEn, @NotNull @Valid KindRequest kind,
        @Size(max = 100) List<@NotNull @Valid LevelRequest> levels, Integer fromVersion) {

    /** The kind of plan the template makes, as title pages print it. */
    public record KindRequest(@NotBlank @Size(max = TextLimits.NAME) String fr, @NotBlank @Size(max = TextLimits.NAME) String en) {
    }

    public TemplateDraft draft() {
        return new TemplateDraft(code, nameFr, nameEn, kind.fr(), kind.en(),
                levels == null ? List.of() : levels.stream().map(LevelRequest::draft).toList());
    }
}
