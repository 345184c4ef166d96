package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.plan.PlanStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan with its whole text: its sections and milestones, and its tree, elements in the document's order:
 * {@code GET /api/plans/{id}}.
 */
@JsonbPropertyOrder({"id", "title", "edition", "kind", "template", "period", "status", "adoptedOn", "adoptingBody",
        "milestones", "sections", "elements"})
public record PlanPayload(long id, String title, int edition, KindPayload kind, String template, String period, PlanStatus status,
        LocalDate adoptedOn, String adoptingBody, List<MilestonePayload> milestones, List<SectionPayload> sections,
        List<ElementPayload> elements) {

    public static PlanPayload of(PlanOutline outline) {
        return new PlanPayload(outline.id(), outline.title(), outline.edition(), KindPayload.of(outline.kind()),
                outline.templateCode(), outline.period(), outline.status(), outline.adoptedOn(), outline.adoptingBody(),
                outline.milestones().stream().map(MilestonePayload::of).toList(),
                outline.sections().stream().map(SectionPayload::of).toList(),
                outline.elements().stream().map(ElementPayload::of).toList());
    }
}
