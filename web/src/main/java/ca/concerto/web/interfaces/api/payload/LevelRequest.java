package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.templates.TemplateDraft;
import ca.concerto.domain.model.shared.TextLimits;
import ca.concerto.domain.model.template.ElementField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A level of a template: its code (left out: made from the French name), the level it sits under (none: the
 * top), its names, and the fields its elements carry. A change ({@code PUT .../levels/{level}}) takes the
 * names and fields only.
 */
public record LevelRequest(@Size(max = 63) String code, @Size(max = 63) String parent,
        @NotBlank @Size(max = TextLimits.NAME) String nameFr, @NotBlank @Size(max = TextLimits.NAME) String nameEn,
        @Size(max = 20) Set<@NotNull ElementField> fields) {

    public TemplateDraft.Level draft() {
        return new TemplateDraft.Level(code, parent, nameFr, nameEn, fields());
    }

    @Override
    public Set<ElementField> fields() {
        return fields == null ? Set.of() : fields;
    }
}
