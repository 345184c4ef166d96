package ca.concerto.web.application.network;

import ca.concerto.tenancy.domain.NetworkElement;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The adopted plans of every body side by side: per field of action and body, the actions that work on it;
 * per body, its target groups and the sectors of its leads. Drafts are never part of it.
 *
 * @param bodies the bodies with an adopted plan, by name
 * @param actions the actions and activities of every adopted plan
 * @param cells for each field of action's code, then each body's slug, the actions on that field
 * @param targetGroups for each body's slug, its target groups with how many actions name them, most first
 * @param sectors for each body's slug, the sectors of its actions' leads with how many actions, most first
 */
public record NetworkOverview(List<Body> bodies, List<NetworkElement> actions,
        Map<String, Map<String, List<NetworkElement>>> cells, Map<String, List<Count>> targetGroups,
        Map<String, List<Count>> sectors) implements Serializable {

    /** One body of the network, with the adopted plans it is compared on. */
    public record Body(String slug, String name, String region, List<String> plans) implements Serializable {
    }

    public record Count(String label, int count) implements Serializable {
    }

    /** How many actions of the body work on the field. */
    public int count(String field, String body) {
        return actions(field, body).size();
    }

    public List<NetworkElement> actions(String field, String body) {
        return cells.getOrDefault(field, Map.of()).getOrDefault(body, List.of());
    }
}
