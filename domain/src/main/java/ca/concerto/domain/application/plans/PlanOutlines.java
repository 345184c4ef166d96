package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.plan.Schedule;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.PlanTemplates;
import ca.concerto.domain.model.template.TemplateLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Makes the outline of a plan of the current tenant, from its tree loaded in a constant number of statements. */
public final class PlanOutlines {

    private PlanOutlines() {
    }

    /** The outline of a plan of the current body, from its tree loaded in a constant number of statements. */
    public static Optional<PlanOutline> of(Plans plans, PlanTemplates templates, long planId) {
        return plans.treeToRead(planId).map(plan -> outline(plan, templates.find(plan.templateCode()).orElse(null)));
    }

    /** The outline of a plan as these entities hold it: the current plan, or the plan at a past revision. */
    public static PlanOutline outline(Plan plan, PlanTemplate template) {
        return outline(plan, template, ElementLists::of);
    }

    /** The outline of a plan whose elements' lists are read apart (a past revision's, in bulk from the audit). */
    public static PlanOutline outline(Plan plan, PlanTemplate template, Function<PlanElement, ElementLists> lists) {
        Map<PlanElement, Integer> depths = new HashMap<>();
        List<PlanOutline.Element> elements = plan.inTreeOrder().stream().map(element -> {
            int depth = element.parent() == null ? 0 : depths.get(element.parent()) + 1;
            depths.put(element, depth);
            return element(element, depth, lists.apply(element));
        }).toList();
        Map<String, String> french = new HashMap<>();
        Map<String, String> english = new HashMap<>();
        Map<String, List<String>> childLevels = new HashMap<>();
        Map<String, Set<ElementField>> fields = new HashMap<>();
        if (template != null) {
            for (TemplateLevel level : template.levels()) {
                french.put(level.code(), level.label(Locale.CANADA_FRENCH));
                english.put(level.code(), level.label(Locale.ENGLISH));
                fields.put(level.code(), level.fields());
                if (!level.isRetired()) {
                    childLevels.computeIfAbsent(level.parentCode() == null ? PlanOutline.TOP : level.parentCode(),
                            parent -> new ArrayList<>()).add(level.code());
                }
            }
        }
        List<PlanOutline.Section> sections = plan.sections().stream().map(section -> new PlanOutline.Section(section.id(),
                section.kind(), section.title().orElse(null), section.body(), section.version())).toList();
        List<PlanOutline.Milestone> milestones = plan.milestones().stream().map(milestone -> new PlanOutline.Milestone(
                milestone.id(), milestone.kind(), milestone.reachedOn(), milestone.counterpart(), milestone.note())).toList();
        return new PlanOutline(plan.id(), plan.title(), plan.edition(), plan.kind(), plan.templateCode(), plan.period().label(),
                plan.period().start(), plan.period().end(), plan.status(), plan.adoptedOn(), plan.adoptingBody(),
                sections, milestones, elements, french, english, childLevels, fields);
    }

    /** One element as its pages show it, on its own (its depth is not known then: 0). */
    static PlanOutline.Element element(PlanElement element) {
        return element(element, 0, ElementLists.of(element));
    }

    private static PlanOutline.Element element(PlanElement element, int depth, ElementLists lists) {
        Schedule schedule = element.schedule();
        return new PlanOutline.Element(element.id(), element.parent() == null ? null : element.parent().id(), depth,
                element.levelCode(), element.number(), element.title(), element.description(),
                schedule == null ? null : schedule.text(), schedule == null ? null : schedule.kind(),
                schedule == null ? null : schedule.start().orElse(null), schedule == null ? null : schedule.end().orElse(null),
                element.lead() == null ? null : element.lead().text(),
                element.lead() == null || element.lead().organisation() == null ? null : element.lead().organisation().name(),
                lists.collaborators(), lists.resultIndicators(), lists.targetGroups(), element.expectedResults(), lists.fieldsOfAction(),
                element.version(), PlanOutline.ScheduleDetail.of(schedule));
    }
}
