package ca.concerto.domain.application.templates;

import ca.concerto.domain.model.template.ElementField;
import java.util.List;
import java.util.Set;

/**
 * A template as a platform administrator writes it: its names, the kind of plan it makes, and its levels in
 * order, each under an earlier one (by code) or at the top. A code left out is made from the French name.
 */
public record TemplateDraft(String code, String nameFr, String nameEn, String kindFr, String kindEn, List<Level> levels) {

    public TemplateDraft {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public record Level(String code, String parent, String nameFr, String nameEn, Set<ElementField> fields) {

        public Level {
            fields = fields == null ? Set.of() : Set.copyOf(fields);
        }
    }
}
