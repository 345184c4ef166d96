package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.plan.Frequency;
import ca.concerto.domain.model.plan.Occurrence;
import ca.concerto.domain.model.plan.ScheduleKind;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A schedule as written, with the interval read from it (null ends when undetermined). */
@JsonbPropertyOrder({"text", "kind", "start", "end", "occurrences", "frequency", "toReview"})
public record SchedulePayload(String text, ScheduleKind kind, LocalDate start, LocalDate end, List<Occurrence> occurrences,
        Frequency frequency, boolean toReview) {

    /** The element's schedule; null when it has none. */
    static SchedulePayload of(PlanOutline.Element element) {
        PlanOutline.ScheduleDetail detail = element.scheduleDetail();
        return element.schedule() == null ? null
                : new SchedulePayload(element.schedule(), element.scheduleKind(), element.scheduleStart(), element.scheduleEnd(),
                        detail.occurrences(), detail.frequency(), detail.toReview());
    }
}
