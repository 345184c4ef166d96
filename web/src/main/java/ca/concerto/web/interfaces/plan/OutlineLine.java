package ca.concerto.web.interfaces.plan;

import java.io.Serializable;

/**
 * One line of the plan's outline: an axis, an orientation or an objective, to jump to, with how far the work
 * under it has come. The page reads it through getters: EL 5 has no records, and a method call per value is
 * looked up again each time (see PlanRow).
 *
 * @param progress rounded percentage; null when nothing under it was reported
 */
public record OutlineLine(long elementId, int depth, String label, String title, Integer progress, int items, int reported)
        implements Serializable {

    public long getElementId() {
        return elementId;
    }

    public int getDepth() {
        return depth;
    }

    public String getLabel() {
        return label;
    }

    public String getTitle() {
        return title;
    }

    public Integer getProgress() {
        return progress;
    }

    public int getItems() {
        return items;
    }

    public int getReported() {
        return reported;
    }
}
