package ca.concerto.domain.application.followup;

import ca.concerto.domain.model.followup.ProgressStatus;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A plan at a glance: progress of each top-level element (an axis) rolled up from its actions and
 * activities, the items overdue, and the items of each lead by status.
 *
 * @param axes one line per top-level element, in the plan's order
 * @param overdue the items whose schedule has passed while their work is still open
 * @param leads one line per lead, most items first
 * @param overall the plan's own progress, the average of its axes' known ones; null when none is known
 */
public record PlanDashboard(List<AxisProgress> axes, List<Long> overdue, List<LeadLoad> leads, Integer overall)
        implements Serializable {

    /** How many items the figures rest on: those reported, of all the plan's actions and activities. */
    public int reported() {
        return axes.stream().mapToInt(AxisProgress::reported).sum();
    }

    public int items() {
        return axes.stream().mapToInt(AxisProgress::items).sum();
    }

    /** @param progress rounded percentage, null when nothing under the axis was reported */
    public record AxisProgress(long elementId, String title, Integer progress, int items, int reported)
            implements Serializable {
    }

    /** @param byStatus how many of the lead's items stand at each status; "unreported" ones under null */
    public record LeadLoad(String lead, int items, Map<ProgressStatus, Integer> byStatus, int unreported)
            implements Serializable {
    }
}
