package ca.concerto.web.application.network;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The adopted plans of every body side by side: per field of action and body, how many actions work on it; per
 * body, its target groups and the sectors of its leads. Drafts are never part of it, nor headings.
 *
 * @param bodies the bodies with an adopted plan, by name
 * @param cells for each field of action's code, then each body's slug, how many actions work on that field
 * @param targetGroups for each body's slug, its target groups with how many actions name them, most first
 * @param sectors for each body's slug, the sectors of its actions' leads with how many actions, most first
 */
public record NetworkOverview(List<Body> bodies, Map<String, Map<String, Integer>> cells,
        Map<String, List<Count>> targetGroups, Map<String, List<Count>> sectors) implements Serializable {

    /** One body of the network, with the adopted plans it is compared on. */
    public record Body(String slug, String name, String region, List<String> plans) implements Serializable {
    }

    public record Count(String label, int count) implements Serializable {
    }

    /** How many actions of the body work on the field. */
    public int count(String field, String body) {
        return cells.getOrDefault(field, Map.of()).getOrDefault(body, 0);
    }
}
