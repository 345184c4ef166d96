package ca.concerto.domain.application.plans;

import java.io.Serializable;
import java.util.List;

/**
 * What a person changes in one element of a plan, from the version of it they started from. Texts are
 * as typed; blank means "none". A null number or list leaves the element's as it is.
 */
public record ElementChanges(long elementId, int fromVersion, String title, String description, String schedule,
        String lead, String expectedResults, List<String> collaborators, List<String> fieldsOfAction, String number,
        List<String> resultIndicators, List<String> targetGroups) implements Serializable {

    /** Changes of the texts that leave the number and the lists as they are. */
    public ElementChanges(long elementId, int fromVersion, String title, String description, String schedule, String lead,
            String expectedResults) {
        this(elementId, fromVersion, title, description, schedule, lead, expectedResults, null, null, null, null, null);
    }
}
