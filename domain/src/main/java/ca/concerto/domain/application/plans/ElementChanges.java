package ca.concerto.domain.application.plans;

import java.io.Serializable;
import java.util.List;

/**
 * What a person changes in one element of a plan, from the version of it they started from. Texts are
 * as typed; blank means "none". Null lists leave the element's as they are.
 */
public record ElementChanges(long elementId, int fromVersion, String title, String description, String schedule,
        String lead, String expectedResults, List<String> collaborators, List<String> fieldsOfAction)
        implements Serializable {

    /** Changes that leave the collaborators and fields of action as they are. */
    public ElementChanges(long elementId, int fromVersion, String title, String description, String schedule, String lead,
            String expectedResults) {
        this(elementId, fromVersion, title, description, schedule, lead, expectedResults, null, null);
    }
}
