package ca.concerto.web.application.network;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.plan.Headings;
import ca.concerto.domain.model.text.Folding;
import ca.concerto.tenancy.domain.NetworkElement;
import ca.concerto.tenancy.domain.NetworkReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inter-regional network's comparison of the bodies' adopted plans, read through tenancy's network
 * path (never by taking on a body's tenant), for network analysts only.
 */
@RequestScoped
public class NetworkComparison {

    /** Said of an action whose lead is no known organisation, or one without a sector. */
    public static final String NO_SECTOR = "";

    @Inject
    NetworkReader reader;

    /** @throws ca.concerto.domain.model.access.NotAllowed unless the actor is a network analyst */
    public NetworkOverview overview(Actor actor) {
        Rights.ensureMayCompareNetwork(actor);
        List<NetworkElement> elements = reader.adoptedElements();
        Map<String, NetworkOverview.Body> bodies = new LinkedHashMap<>();
        for (NetworkElement element : elements) {
            NetworkOverview.Body body = bodies.computeIfAbsent(element.tenant(),
                    slug -> new NetworkOverview.Body(slug, element.tenantName(), element.region(), new ArrayList<>()));
            String plan = element.planTitle() + " (" + element.planPeriod() + ")";
            if (!body.plans().contains(plan)) {
                body.plans().add(plan);
            }
        }
        List<NetworkElement> actions = elements.stream().filter(NetworkComparison::isAction).toList();
        Map<String, Map<String, List<NetworkElement>>> cells = new TreeMap<>();
        for (NetworkElement action : actions) {
            for (String field : action.fieldsOfAction()) {
                cells.computeIfAbsent(field, key -> new TreeMap<>()).computeIfAbsent(action.tenant(), key -> new ArrayList<>())
                        .add(action);
            }
        }
        Map<String, List<NetworkOverview.Count>> targetGroups = new LinkedHashMap<>();
        Map<String, List<NetworkOverview.Count>> sectors = new LinkedHashMap<>();
        Map<String, List<NetworkElement>> actionsByBody = actions.stream()
                .collect(Collectors.groupingBy(NetworkElement::tenant, LinkedHashMap::new, Collectors.toList()));
        for (String body : bodies.keySet()) {
            List<NetworkElement> ofBody = actionsByBody.getOrDefault(body, List.of());
            targetGroups.put(body, counts(ofBody.stream().flatMap(action -> action.targetGroups().stream()).toList()));
            sectors.put(body, counts(ofBody.stream().filter(action -> action.lead() != null)
                    .map(action -> action.leadSector() == null ? NO_SECTOR : action.leadSector()).toList()));
        }
        return new NetworkOverview(bodies.values().stream().map(body -> new NetworkOverview.Body(body.slug(), body.name(),
                body.region(), List.copyOf(body.plans()))).toList(), actions, cells, targetGroups, sectors);
    }

    /**
     * "Who works on X": the actions of the overview's adopted plans whose words mention it, accents and case
     * aside. Searches the overview already read, so a search costs no new read across the tenants.
     */
    public static List<NetworkElement> whoWorksOn(NetworkOverview overview, String words) {
        String folded = Folding.fold(words == null ? "" : words.strip());
        if (folded.isEmpty()) {
            return List.of();
        }
        return overview.actions().stream()
                .filter(action -> Folding.fold(String.join(" ", action.title(), nonNull(action.description()),
                        nonNull(action.lead()), String.join(" ", action.targetGroups()))).contains(folded))
                .toList();
    }

    /** An action or activity rather than a heading, by the plan's pages' own rule ({@link Headings}). */
    static boolean isAction(NetworkElement element) {
        return !Headings.isHeading(element.hasChildren(), Headings.fillsAColumn(element.schedule(), element.lead(),
                element.collaborators(), element.resultIndicators(), element.targetGroups(), element.expectedResults()));
    }

    private static List<NetworkOverview.Count> counts(List<String> labels) {
        return labels.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(entry -> new NetworkOverview.Count(entry.getKey(), entry.getValue().intValue()))
                .sorted(Comparator.comparingInt(NetworkOverview.Count::count).reversed()).toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
