package ca.concerto.domain.application.history;

import java.io.Serializable;
import java.util.List;

/**
 * What changed between two states of a plan: the plan's own fields, then element by element (added,
 * removed, moved, changed), each with its fields' old and new texts.
 */
public record PlanDiff(List<FieldChange> planChanges, List<ElementChange> elementChanges) implements Serializable {

    public PlanDiff {
        planChanges = List.copyOf(planChanges);
        elementChanges = List.copyOf(elementChanges);
    }

    public boolean isEmpty() {
        return planChanges.isEmpty() && elementChanges.isEmpty();
    }

    /** How an element changed. An element both moved and changed is MOVED, with its field changes. */
    public enum Kind { ADDED, REMOVED, MOVED, CHANGED }

    /** One field, e.g. "title", with its text before and after (null for none). */
    public record FieldChange(String field, String before, String after) implements Serializable {
    }

    /**
     * @param label the element's level and number, e.g. "Action 2"
     * @param fromParent for a moved element, the title of the element it was under (null: the top)
     * @param toParent for a moved element, the title of the element it is under now
     */
    public record ElementChange(Kind kind, String label, String title, List<FieldChange> fields, String fromParent,
            String toParent) implements Serializable {

        public ElementChange {
            fields = List.copyOf(fields);
        }
    }
}
