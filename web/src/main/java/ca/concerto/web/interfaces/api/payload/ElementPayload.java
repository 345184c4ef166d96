package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.plans.PlanOutline;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One element of a plan as the API gives it; a field given on an action applies to its activities. Its
 * {@code version} is what a change of it starts from ({@code fromVersion}).
 */
@JsonbPropertyOrder({"id", "parentId", "level", "number", "title", "description", "schedule", "lead", "collaborators",
        "resultIndicators", "targetGroups", "expectedResults", "fieldsOfAction", "version"})
public record ElementPayload(long id, Long parentId, String level, String number, String title, String description,
        SchedulePayload schedule, String lead, List<String> collaborators, List<String> resultIndicators,
        List<String> targetGroups, String expectedResults, List<String> fieldsOfAction, int version) {

    public static ElementPayload of(PlanOutline.Element element) {
        return new ElementPayload(element.id(), element.parentId(), element.levelCode(), element.number(), element.title(),
                element.description(), SchedulePayload.of(element), element.lead(), element.collaborators(),
                element.resultIndicators(), element.targetGroups(), element.expectedResults(), element.fieldsOfAction(),
                element.version());
    }
}
