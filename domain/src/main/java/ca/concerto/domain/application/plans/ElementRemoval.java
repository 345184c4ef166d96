package ca.concerto.domain.application.plans;

import java.io.Serializable;
import java.util.List;

/**
 * What removing an element takes with it, for the person to confirm: the element and everything under
 * it, and the follow-up recorded on them.
 */
public record ElementRemoval(long elementId, List<String> titles, int progressReports, int measurements)
        implements Serializable {

    public ElementRemoval {
        titles = List.copyOf(titles);
    }
}
