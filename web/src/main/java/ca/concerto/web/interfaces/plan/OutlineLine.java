package ca.concerto.web.interfaces.plan;

import java.io.Serializable;

/**
 * One line of the plan's outline: an axis, an orientation or an objective, to jump to, with how far the work
 * under it has come.
 *
 * @param progress rounded percentage; null when nothing under it was reported
 */
public record OutlineLine(long elementId, int depth, String label, String title, Integer progress, int items, int reported)
        implements Serializable {
}
