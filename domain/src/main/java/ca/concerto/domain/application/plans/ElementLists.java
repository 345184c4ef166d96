package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.plan.Collaborator;
import ca.concerto.domain.model.plan.PlanElement;
import java.util.List;

/**
 * An element's four lists as its outline shows them: read from the element itself, or, for a plan at a past
 * revision, read for all its elements at once from the audit (an element's own lists would each be one query).
 */
public record ElementLists(List<String> collaborators, List<String> resultIndicators, List<String> targetGroups,
        List<String> fieldsOfAction) {

    public ElementLists {
        collaborators = List.copyOf(collaborators);
        resultIndicators = List.copyOf(resultIndicators);
        targetGroups = List.copyOf(targetGroups);
        fieldsOfAction = List.copyOf(fieldsOfAction);
    }

    public static final ElementLists NONE = new ElementLists(List.of(), List.of(), List.of(), List.of());

    public static ElementLists of(PlanElement element) {
        return new ElementLists(element.collaborators().stream().map(Collaborator::name).toList(), element.resultIndicators(),
                element.targetGroups(), List.copyOf(element.fieldsOfAction()));
    }
}
