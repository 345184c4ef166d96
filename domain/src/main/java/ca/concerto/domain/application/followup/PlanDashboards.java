package ca.concerto.domain.application.followup;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.followup.ProgressStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Makes a plan's dashboard from its outline and its follow-up. */
public final class PlanDashboards {

    private PlanDashboards() {
    }

    public static PlanDashboard of(PlanOutline outline, PlanFollowUp followUp, LocalDate today) {
        Map<Long, OptionalDouble> progress = rollUp(outline, followUp);
        Map<Long, List<PlanOutline.Element>> children = children(outline);
        List<PlanDashboard.AxisProgress> axes = new ArrayList<>();
        for (PlanOutline.Element axis : children.getOrDefault(null, List.of())) {
            PlanBranch branch = branch(axis, outline, followUp, progress, children);
            axes.add(new PlanDashboard.AxisProgress(axis.id(), axis.title(), branch.progress(), branch.items(), branch.reported()));
        }
        List<PlanOutline.Element> allItems = outline.elements().stream().filter(element -> !outline.isHeading(element)).toList();
        List<Long> overdue = allItems.stream()
                .filter(item -> Due.OVERDUE.matches(item, followUp.latest(item.id()), today)).map(PlanOutline.Element::id).toList();
        OptionalDouble overall = axes.stream().map(PlanDashboard.AxisProgress::progress)
                .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).average();
        return new PlanDashboard(axes, overdue, leads(outline, allItems, followUp), rounded(overall));
    }

    /** Every heading of the plan (axis, orientation, objective), in the plan's order, with the progress under it. */
    public static List<PlanBranch> branches(PlanOutline outline, PlanFollowUp followUp) {
        Map<Long, OptionalDouble> progress = rollUp(outline, followUp);
        Map<Long, List<PlanOutline.Element>> children = children(outline);
        return outline.elements().stream().filter(outline::isHeading)
                .map(heading -> branch(heading, outline, followUp, progress, children)).toList();
    }

    private static PlanBranch branch(PlanOutline.Element heading, PlanOutline outline, PlanFollowUp followUp,
            Map<Long, OptionalDouble> progress, Map<Long, List<PlanOutline.Element>> children) {
        List<PlanOutline.Element> items = items(heading, outline, children);
        int reported = (int) items.stream().filter(item -> followUp.latest(item.id()).isPresent()).count();
        return new PlanBranch(heading.id(), heading.depth(), rounded(progress.get(heading.id())), items.size(), reported);
    }

    /**
     * Each element's progress: a leaf's is that of its latest report; an element with children is the
     * average of its children's known progress (its own report counting only when none of them is known).
     * Unreported, postponed or abandoned work is unknown, never zero.
     */
    public static Map<Long, OptionalDouble> rollUp(PlanOutline outline, PlanFollowUp followUp) {
        Map<Long, List<PlanOutline.Element>> children = children(outline);
        Map<Long, OptionalDouble> progress = new HashMap<>();
        List<PlanOutline.Element> bottomUp = new ArrayList<>(outline.elements());
        java.util.Collections.reverse(bottomUp);
        for (PlanOutline.Element element : bottomUp) {
            OptionalDouble fromChildren = children.getOrDefault(element.id(), List.of()).stream()
                    .map(child -> progress.get(child.id())).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).average();
            OptionalDouble own = followUp.latest(element.id()).map(report -> report.progress().isPresent()
                    ? OptionalDouble.of(report.progress().getAsInt()) : OptionalDouble.empty()).orElse(OptionalDouble.empty());
            progress.put(element.id(), fromChildren.isPresent() ? fromChildren : own);
        }
        return progress;
    }

    private static List<PlanDashboard.LeadLoad> leads(PlanOutline outline, List<PlanOutline.Element> items, PlanFollowUp followUp) {
        Map<Long, String> effectiveLeads = outline.effectiveLeads();
        Map<String, List<PlanOutline.Element>> byLead = new LinkedHashMap<>();
        for (PlanOutline.Element item : items) {
            String lead = effectiveLeads.get(item.id());
            if (lead != null) {
                byLead.computeIfAbsent(lead, key -> new ArrayList<>()).add(item);
            }
        }
        List<PlanDashboard.LeadLoad> loads = new ArrayList<>();
        byLead.forEach((lead, leadItems) -> {
            Map<ProgressStatus, Integer> byStatus = new EnumMap<>(ProgressStatus.class);
            int unreported = 0;
            for (PlanOutline.Element item : leadItems) {
                var latest = followUp.latest(item.id());
                if (latest.isPresent()) {
                    byStatus.merge(latest.get().status(), 1, Integer::sum);
                } else {
                    unreported++;
                }
            }
            loads.add(new PlanDashboard.LeadLoad(lead, leadItems.size(), byStatus, unreported));
        });
        loads.sort(Comparator.comparingInt(PlanDashboard.LeadLoad::items).reversed().thenComparing(PlanDashboard.LeadLoad::lead));
        return loads;
    }

    private static List<PlanOutline.Element> items(PlanOutline.Element top, PlanOutline outline,
            Map<Long, List<PlanOutline.Element>> children) {
        List<PlanOutline.Element> items = new ArrayList<>();
        List<PlanOutline.Element> toVisit = new ArrayList<>(children.getOrDefault(top.id(), List.of()));
        while (!toVisit.isEmpty()) {
            PlanOutline.Element element = toVisit.remove(0);
            if (!outline.isHeading(element)) {
                items.add(element);
            }
            toVisit.addAll(children.getOrDefault(element.id(), List.of()));
        }
        return items;
    }

    private static Map<Long, List<PlanOutline.Element>> children(PlanOutline outline) {
        Map<Long, List<PlanOutline.Element>> children = new HashMap<>();
        for (PlanOutline.Element element : outline.elements()) {
            children.computeIfAbsent(element.parentId(), key -> new ArrayList<>()).add(element);
        }
        return children;
    }

    private static Integer rounded(OptionalDouble value) {
        return value.isPresent() ? (int) Math.round(value.getAsDouble()) : null;
    }
}
