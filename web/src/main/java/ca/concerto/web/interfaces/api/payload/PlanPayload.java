package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.plan.PlanType;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A plan with its whole tree, elements in the document's order: {@code GET /api/plans/{id}}. */
@JsonbPropertyOrder({"id", "title", "edition", "type", "template", "period", "status", "adoptedOn", "adoptingBody", "vision",
        "mission", "elements"})
public record PlanPayload(long id, String title, int edition, PlanType type, String template, String period, PlanStatus status,
        LocalDate adoptedOn, String adoptingBody, String vision, String mission, List<ElementPayload> elements) {

    public static PlanPayload of(PlanOutline outline) {
        return new PlanPayload(outline.id(), outline.title(), outline.edition(), outline.type(), outline.templateCode(),
                outline.period(), outline.status(), outline.adoptedOn(), outline.adoptingBody(),
                outline.statements().vision(), outline.statements().mission(),
                outline.elements().stream().map(ElementPayload::of).toList());
    }
}
