package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.TemplateLevel;
import ca.concerto.domain.model.template.TemplateStarter;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A shared template: {@code GET /api/platform/templates/{code}}. {@code used}: a plan was made from it (it is kept). */
@JsonbPropertyOrder({"code", "nameFr", "nameEn", "kind", "used", "version", "levels", "starters"})
public record TemplatePayload(String code, String nameFr, String nameEn, KindPayload kind, boolean used, int version,
        List<Level> levels, List<Starter> starters) {

    @JsonbPropertyOrder({"code", "parent", "nameFr", "nameEn", "fields", "retired"})
    public record Level(String code, String parent, String nameFr, String nameEn, Set<ElementField> fields, boolean retired) {
    }

    @JsonbPropertyOrder({"position", "parentPosition", "level", "number", "title"})
    public record Starter(int position, Integer parentPosition, String level, String number, String title) {
    }

    public static TemplatePayload of(PlanTemplate template) {
        return new TemplatePayload(template.code(), template.name(Locale.CANADA_FRENCH), template.name(Locale.ENGLISH),
                KindPayload.of(template.kind()), template.isUsed(), template.version(),
                template.levels().stream().map(TemplatePayload::level).toList(),
                template.starters().stream().map(TemplatePayload::starter).toList());
    }

    private static Level level(TemplateLevel level) {
        return new Level(level.code(), level.parentCode(), level.label(Locale.CANADA_FRENCH), level.label(Locale.ENGLISH),
                level.fields(), level.isRetired());
    }

    private static Starter starter(TemplateStarter starter) {
        return new Starter(starter.position(), starter.parentPosition(), starter.levelCode(), starter.number(), starter.title());
    }
}
