package ca.concerto.domain.application.history;

import ca.concerto.domain.application.plans.PlanOutline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two states of a plan. Elements are matched by their number, or, in a later version of the
 * plan, by the element they were copied from; an element is moved when its parent changed, or when its
 * place among the siblings both states share changed.
 */
public final class PlanComparison {

    private static final Map<String, Function<PlanOutline.Element, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("number", PlanOutline.Element::number);
        FIELDS.put("title", PlanOutline.Element::title);
        FIELDS.put("description", PlanOutline.Element::description);
        FIELDS.put("schedule", PlanOutline.Element::schedule);
        FIELDS.put("lead", PlanOutline.Element::lead);
        FIELDS.put("collaborators", element -> joined(element.collaborators()));
        FIELDS.put("resultIndicators", element -> joined(element.resultIndicators()));
        FIELDS.put("targetGroups", element -> joined(element.targetGroups()));
        FIELDS.put("expectedResults", PlanOutline.Element::expectedResults);
        FIELDS.put("fieldsOfAction", element -> joined(element.fieldsOfAction()));
    }

    private PlanComparison() {
    }

    public static PlanDiff compare(PlanSnapshot before, PlanSnapshot after, Locale locale) {
        return new PlanDiff(planChanges(before.outline(), after.outline()), elementChanges(before, after, locale));
    }

    private static List<PlanDiff.FieldChange> planChanges(PlanOutline before, PlanOutline after) {
        List<PlanDiff.FieldChange> changes = new ArrayList<>();
        field(changes, "planTitle", before.title(), after.title());
        field(changes, "period", before.period(), after.period());
        field(changes, "status", before.status().name(), after.status().name());
        field(changes, "adoptedOn", Objects.toString(before.adoptedOn(), null), Objects.toString(after.adoptedOn(), null));
        field(changes, "adoptingBody", before.adoptingBody(), after.adoptingBody());
        field(changes, "planKind", before.kind().french(), after.kind().french());
        field(changes, "sections", sectionsText(before), sectionsText(after));
        field(changes, "milestones", milestonesText(before), milestonesText(after));
        return changes;
    }

    /** The plan's sections as one text, kind, title and body, so that a change of any shows. */
    private static String sectionsText(PlanOutline plan) {
        return blankToNull(plan.sections().stream().map(section -> "[" + section.kind() + "] "
                + (section.title() == null ? "" : section.title() + " — ") + Objects.toString(section.body(), "")).collect(Collectors.joining("\n\n")));
    }

    private static String milestonesText(PlanOutline plan) {
        return blankToNull(plan.milestones().stream().map(milestone -> milestone.on() + " " + milestone.kind() + " — "
                + milestone.counterpart() + (milestone.note() == null ? "" : " (" + milestone.note() + ")"))
                .collect(Collectors.joining("\n")));
    }

    private static List<PlanDiff.ElementChange> elementChanges(PlanSnapshot before, PlanSnapshot after, Locale locale) {
        Map<Long, PlanOutline.Element> earlier = new LinkedHashMap<>();
        before.outline().elements().forEach(element -> earlier.put(element.id(), element));
        // Each element of the later state, keyed by the number of its element in the earlier state.
        Map<Long, Long> keys = new HashMap<>();
        for (PlanOutline.Element element : after.outline().elements()) {
            Long origin = after.origins().get(element.id());
            if (earlier.containsKey(element.id())) {
                keys.put(element.id(), element.id());
            } else if (origin != null && earlier.containsKey(origin)) {
                keys.put(element.id(), origin);
            }
        }
        Map<Long, PlanOutline.Element> matched = new HashMap<>();
        after.outline().elements().stream().filter(element -> keys.containsKey(element.id()))
                .forEach(element -> matched.put(keys.get(element.id()), element));

        List<PlanDiff.ElementChange> changes = new ArrayList<>();
        for (PlanOutline.Element element : after.outline().elements()) {
            Long key = keys.get(element.id());
            if (key == null) {
                changes.add(new PlanDiff.ElementChange(PlanDiff.Kind.ADDED, after.outline().label(element, locale),
                        element.title(), fields(null, element), null, null));
                continue;
            }
            PlanOutline.Element old = earlier.get(key);
            List<PlanDiff.FieldChange> fields = fields(old, element);
            Long oldParent = old.parentId();
            Long newParent = element.parentId() == null ? null : keys.get(element.parentId());
            boolean moved = !Objects.equals(oldParent, newParent) || element.parentId() != null && newParent == null
                    || !Objects.equals(placeAmongShared(before.outline(), old, matched.keySet()),
                            placeAmongShared(after.outline(), element, keys));
            if (moved) {
                changes.add(new PlanDiff.ElementChange(PlanDiff.Kind.MOVED, after.outline().label(element, locale),
                        element.title(), fields, title(earlier, oldParent),
                        element.parentId() == null ? null : title(after.outline(), element.parentId())));
            } else if (!fields.isEmpty()) {
                changes.add(new PlanDiff.ElementChange(PlanDiff.Kind.CHANGED, after.outline().label(element, locale),
                        element.title(), fields, null, null));
            }
        }
        for (PlanOutline.Element old : before.outline().elements()) {
            if (!matched.containsKey(old.id())) {
                changes.add(new PlanDiff.ElementChange(PlanDiff.Kind.REMOVED, before.outline().label(old, locale),
                        old.title(), fields(old, null), null, null));
            }
        }
        return changes;
    }

    /** The element's place among those of its siblings that the other state has too. */
    private static int placeAmongShared(PlanOutline outline, PlanOutline.Element element, java.util.Set<Long> shared) {
        return outline.childrenOf(element.parentId()).stream().filter(sibling -> shared.contains(sibling.id()))
                .map(PlanOutline.Element::id).toList().indexOf(element.id());
    }

    private static int placeAmongShared(PlanOutline outline, PlanOutline.Element element, Map<Long, Long> keys) {
        return placeAmongShared(outline, element, keys.keySet());
    }

    private static List<PlanDiff.FieldChange> fields(PlanOutline.Element before, PlanOutline.Element after) {
        List<PlanDiff.FieldChange> changes = new ArrayList<>();
        FIELDS.forEach((name, value) -> field(changes, name, before == null ? null : value.apply(before),
                after == null ? null : value.apply(after)));
        return changes;
    }

    private static void field(List<PlanDiff.FieldChange> changes, String name, String before, String after) {
        String old = blankToNull(before);
        String now = blankToNull(after);
        if (!Objects.equals(old, now)) {
            changes.add(new PlanDiff.FieldChange(name, old, now));
        }
    }

    private static String title(Map<Long, PlanOutline.Element> elements, Long id) {
        return id == null ? null : elements.get(id).title();
    }

    private static String title(PlanOutline outline, long id) {
        return outline.elements().stream().filter(element -> element.id() == id).findFirst()
                .map(PlanOutline.Element::title).orElse(null);
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
