package ca.concerto.web.application.network;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.tenancy.domain.NetworkElement;
import ca.concerto.tenancy.domain.NetworkReader;
import ca.concerto.tenancy.domain.NetworkSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inter-regional network's comparison of the bodies' adopted plans, read through tenancy's network
 * path (never by taking on a body's tenant), for network analysts only.
 */
@RequestScoped
public class NetworkComparison {

    @Inject
    NetworkReader reader;

    /**
     * Counted in the database over the bodies' published copies: reading every body's every action (56,500 at 500
     * bodies) cost more than the page could afford, so the actions' words are read only when asked for.
     *
     * @throws ca.concerto.domain.model.access.NotAllowed unless the actor is a network analyst
     */
    public NetworkOverview overview(Actor actor) {
        Rights.ensureMayCompareNetwork(actor);
        NetworkSummary summary = reader.summary();
        List<NetworkOverview.Body> bodies = summary.bodies().stream().map(body -> new NetworkOverview.Body(body.slug(),
                body.name(), body.region(), body.plans().stream().map(plan -> plan.title() + " (" + plan.period() + ")")
                        .toList())).toList();
        Map<String, Map<String, Integer>> cells = new HashMap<>();
        summary.actionsPerField().forEach(count -> cells.computeIfAbsent(count.label(), field -> new HashMap<>())
                .put(count.tenant(), count.count()));
        return new NetworkOverview(bodies, cells, perBody(bodies, summary.targetGroups()), perBody(bodies, summary.leadSectors()));
    }

    /** The actions of one body's adopted plans behind a count of the overview. */
    public List<NetworkElement> actionsOn(Actor actor, String field, String body) {
        Rights.ensureMayCompareNetwork(actor);
        return reader.actionsOn(field, body);
    }

    /** "Who works on X": the actions of every body's adopted plans whose words mention it, accents and case aside. */
    public List<NetworkElement> whoWorksOn(Actor actor, String words) {
        Rights.ensureMayCompareNetwork(actor);
        String stripped = words == null ? "" : words.strip();
        return stripped.isEmpty() ? List.of() : reader.actionsMentioning(stripped);
    }

    /** Every body's counts, most first as counted; a body with none has an empty list. */
    private static Map<String, List<NetworkOverview.Count>> perBody(List<NetworkOverview.Body> bodies,
            List<NetworkSummary.Count> counts) {
        Map<String, List<NetworkOverview.Count>> perBody = new LinkedHashMap<>();
        bodies.forEach(body -> perBody.put(body.slug(), new ArrayList<>()));
        counts.forEach(count -> perBody.computeIfAbsent(count.tenant(), body -> new ArrayList<>())
                .add(new NetworkOverview.Count(count.label(), count.count())));
        return perBody;
    }
}
