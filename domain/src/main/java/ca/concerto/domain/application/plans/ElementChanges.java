package ca.concerto.domain.application.plans;

import java.io.Serializable;

/**
 * What a person changes in one element of a plan, from the version of it they started from. Texts are
 * as typed; blank means "none".
 */
public record ElementChanges(long elementId, int fromVersion, String title, String description, String schedule,
        String lead, String expectedResults) implements Serializable {
}
