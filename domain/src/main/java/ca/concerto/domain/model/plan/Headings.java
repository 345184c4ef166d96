package ca.concerto.domain.model.plan;

import java.util.Collection;

/**
 * What tells a heading of the plans' tables (an axis, an orientation, an objective) from one of their rows
 * (an action, an activity): an element heads others when it has elements under it and fills none of the
 * tables' columns. One rule for the plan's pages, its documents, its dashboard and the network's comparison.
 */
public final class Headings {

    private Headings() {
    }

    public static boolean isHeading(boolean hasChildren, boolean fillsAColumn) {
        return hasChildren && !fillsAColumn;
    }

    /**
     * True when any column of the plans' tables is filled: schedule, lead, collaborators, indicators, target
     * groups, expected results. Fields of action are not a column of the documents: an axis tagged with one
     * still heads its actions.
     */
    public static boolean fillsAColumn(String schedule, String lead, Collection<String> collaborators,
            Collection<String> resultIndicators, Collection<String> targetGroups, String expectedResults) {
        return schedule != null || lead != null || !collaborators.isEmpty() || !resultIndicators.isEmpty()
                || !targetGroups.isEmpty() || expectedResults != null;
    }
}
