package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.plan.MilestoneKind;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** A milestone of the plan's version other than its adoption. */
@JsonbPropertyOrder({"id", "kind", "on", "counterpart", "note"})
public record MilestonePayload(long id, MilestoneKind kind, LocalDate on, String counterpart, String note) {

    public static MilestonePayload of(PlanOutline.Milestone milestone) {
        return new MilestonePayload(milestone.id(), milestone.kind(), milestone.on(), milestone.counterpart(), milestone.note());
    }
}
