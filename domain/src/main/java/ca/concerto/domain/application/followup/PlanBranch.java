package ca.concerto.domain.application.followup;

import java.io.Serializable;

/**
 * An axis, an orientation or an objective with how far the work under it has come, for the plan's outline.
 *
 * @param progress rounded percentage rolled up from the items under it; null when none was reported
 * @param items the actions and activities under it
 * @param reported those of them with a follow-up report
 */
public record PlanBranch(long elementId, int depth, Integer progress, int items, int reported) implements Serializable {
}
