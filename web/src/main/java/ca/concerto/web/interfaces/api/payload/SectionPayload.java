package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.plan.SectionKind;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A section of a plan's text; {@code title} null when the section is headed by its kind. */
@JsonbPropertyOrder({"id", "kind", "title", "text", "version"})
public record SectionPayload(long id, SectionKind kind, String title, String text, int version) {

    public static SectionPayload of(PlanOutline.Section section) {
        return new SectionPayload(section.id(), section.kind(), section.title(), section.body(), section.version());
    }
}
