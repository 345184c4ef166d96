package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.plan.Frequency;
import ca.concerto.domain.model.plan.Headings;
import ca.concerto.domain.model.plan.MilestoneKind;
import ca.concerto.domain.model.plan.Occurrence;
import ca.concerto.domain.model.plan.PlanKind;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.plan.Schedule;
import ca.concerto.domain.model.plan.ScheduleKind;
import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.text.Folding;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.EnumSet;
import java.util.Set;

/**
 * A plan as its pages show it: what it says of itself, and every element in the document's order with
 * its depth and fields. Detached from persistence, so a page can keep it for as long as it is open.
 */
public record PlanOutline(long id, String title, int edition, PlanKind kind, String templateCode, String period,
        LocalDate periodStart, LocalDate periodEnd, PlanStatus status,
        LocalDate adoptedOn, String adoptingBody, List<Section> sections, List<Milestone> milestones, List<Element> elements,
        Map<String, String> levelLabelsFr, Map<String, String> levelLabelsEn, Map<String, List<String>> childLevels,
        Map<String, Set<ElementField>> levelFields, Set<Long> withChildren)
        implements Serializable {

    /** The key of {@link #childLevels} for the levels a plan's top elements may have. */
    public static final String TOP = "";

    public PlanOutline {
        elements = List.copyOf(elements);
        levelLabelsFr = Map.copyOf(levelLabelsFr);
        levelLabelsEn = Map.copyOf(levelLabelsEn);
        childLevels = Map.copyOf(childLevels);
        sections = List.copyOf(sections);
        milestones = List.copyOf(milestones);
        levelFields = Map.copyOf(levelFields);
        withChildren = Set.copyOf(withChildren);
    }

    /**
     * A plan's outline; which elements have others under them is worked out once here, since every page and
     * document asks it of every element ({@link #isHeading}).
     */
    public PlanOutline(long id, String title, int edition, PlanKind kind, String templateCode, String period,
            LocalDate periodStart, LocalDate periodEnd, PlanStatus status,
            LocalDate adoptedOn, String adoptingBody, List<Section> sections, List<Milestone> milestones, List<Element> elements,
            Map<String, String> levelLabelsFr, Map<String, String> levelLabelsEn, Map<String, List<String>> childLevels,
            Map<String, Set<ElementField>> levelFields) {
        this(id, title, edition, kind, templateCode, period, periodStart, periodEnd, status, adoptedOn, adoptingBody, sections,
                milestones, elements, levelLabelsFr, levelLabelsEn, childLevels, levelFields, elements.stream()
                        .map(Element::parentId).filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
    }

    /** A titled part of the plan's text outside its tree; title null when headed by its kind. */
    public record Section(long id, SectionKind kind, String title, String body, int version) implements Serializable {
    }

    /** A dated milestone of the version other than its adoption. */
    public record Milestone(long id, MilestoneKind kind, LocalDate on, String counterpart, String note) implements Serializable {
    }

    /**
     * True when the template's level carries the field, so that it is offered for elements of it. A level the
     * template no longer knows offers every field: nothing of the plan is hidden.
     */
    public boolean carries(String levelCode, ElementField field) {
        Set<ElementField> fields = levelFields.get(levelCode);
        return fields == null || fields.contains(field);
    }

    /** The template's levels an element of this level may have under it (TOP: the plan's top levels). */
    public List<String> childLevelsOf(String levelCode) {
        return childLevels.getOrDefault(levelCode == null ? TOP : levelCode, List.of());
    }

    /**
     * "AXE 1", "Orientation 1.1", "Action 2", "1.1.2 OBJECTIF": the level's name with the document's number, or
     * the number alone when it names the level already, as the document writes it.
     */
    public String label(Element element, Locale locale) {
        String level = levelLabel(element.levelCode(), locale);
        String number = element.number();
        if (number == null) {
            return level;
        }
        return Folding.fold(number).contains(Folding.fold(level)) ? number : level + " " + number;
    }

    /** The children of an element (null: the top elements), in order. */
    public List<Element> childrenOf(Long parentId) {
        return elements.stream().filter(element -> Objects.equals(element.parentId(), parentId)).toList();
    }

    /** Each element's lead: its own, else its parent's, as the documents' merged cells say. */
    public Map<Long, String> effectiveLeads() {
        Map<Long, String> leads = new java.util.HashMap<>();
        for (Element element : elements) {
            leads.put(element.id(), element.lead() != null || element.parentId() == null
                    ? element.lead() : leads.get(element.parentId()));
        }
        return leads;
    }

    /** The template's name for a level, e.g. "Activité" for "activite"; the code when the template lacks it. */
    public String levelLabel(String levelCode, Locale locale) {
        Map<String, String> labels = "en".equals(locale.getLanguage()) ? levelLabelsEn : levelLabelsFr;
        return labels.getOrDefault(levelCode, levelCode);
    }

    /** True for an axis, an orientation, an objective (see {@link Headings}); the others are actions and activities. */
    public boolean isHeading(Element element) {
        return Headings.isHeading(withChildren.contains(element.id()),
                Headings.fillsAColumn(element.schedule(), element.lead(), element.collaborators(), element.resultIndicators(),
                        element.targetGroups(), element.expectedResults()));
    }

    /**
     * The fields some element of the plan fills: the columns its table needs. A field the template offers and
     * no element fills has nothing to show; a field filled at a level the template no longer offers it is kept.
     */
    public Set<ElementField> filledFields() {
        Set<ElementField> filled = EnumSet.noneOf(ElementField.class);
        for (Element element : elements) {
            addIf(filled, ElementField.DESCRIPTION, hasText(element.description()));
            addIf(filled, ElementField.SCHEDULE, hasText(element.schedule()));
            addIf(filled, ElementField.LEAD, hasText(element.lead()));
            addIf(filled, ElementField.COLLABORATORS, !element.collaborators().isEmpty());
            addIf(filled, ElementField.RESULT_INDICATORS, !element.resultIndicators().isEmpty());
            addIf(filled, ElementField.TARGET_GROUPS, !element.targetGroups().isEmpty());
            addIf(filled, ElementField.EXPECTED_RESULTS, hasText(element.expectedResults()));
            addIf(filled, ElementField.FIELDS_OF_ACTION, !element.fieldsOfAction().isEmpty());
        }
        return filled;
    }

    private static void addIf(Set<ElementField> fields, ElementField field, boolean filled) {
        if (filled) {
            fields.add(field);
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** One element of the plan, with what its row in the plan's tables shows, at a version. */
    public record Element(long id, Long parentId, int depth, String levelCode, String number, String title,
            String description, String schedule, ScheduleKind scheduleKind, LocalDate scheduleStart,
            LocalDate scheduleEnd, String lead, String leadOrganisation, List<String> collaborators,
            List<String> resultIndicators, List<String> targetGroups, String expectedResults,
            List<String> fieldsOfAction, int version, ScheduleDetail scheduleDetail) implements Serializable {

        public Element {
            collaborators = List.copyOf(collaborators);
            resultIndicators = List.copyOf(resultIndicators);
            targetGroups = List.copyOf(targetGroups);
            fieldsOfAction = List.copyOf(fieldsOfAction);
            scheduleDetail = scheduleDetail == null ? ScheduleDetail.NONE : scheduleDetail;
        }

        /** Each moment of its schedule: its several ones, else its one stretch of time; none when undetermined. */
        public List<Occurrence> scheduleOccurrences() {
            if (!scheduleDetail.occurrences().isEmpty()) {
                return scheduleDetail.occurrences();
            }
            return scheduleStart == null || scheduleEnd == null ? List.of() : List.of(new Occurrence(scheduleStart, scheduleEnd));
        }

        /** An element whose schedule is at most one stretch of time. */
        public Element(long id, Long parentId, int depth, String levelCode, String number, String title,
                String description, String schedule, ScheduleKind scheduleKind, LocalDate scheduleStart,
                LocalDate scheduleEnd, String lead, String leadOrganisation, List<String> collaborators,
                List<String> resultIndicators, List<String> targetGroups, String expectedResults,
                List<String> fieldsOfAction, int version) {
            this(id, parentId, depth, levelCode, number, title, description, schedule, scheduleKind, scheduleStart,
                    scheduleEnd, lead, leadOrganisation, collaborators, resultIndicators, targetGroups, expectedResults,
                    fieldsOfAction, version, ScheduleDetail.NONE);
        }
    }

    /**
     * What a schedule says beyond its first and last day: each moment when it names several, how often it
     * recurs, whether it was moved into this plan's period by an offset and awaits review.
     */
    public record ScheduleDetail(List<Occurrence> occurrences, Frequency frequency, boolean toReview) implements Serializable {

        public static final ScheduleDetail NONE = new ScheduleDetail(List.of(), null, false);

        public ScheduleDetail {
            occurrences = List.copyOf(occurrences);
        }

        static ScheduleDetail of(Schedule schedule) {
            return schedule == null ? NONE
                    : new ScheduleDetail(schedule.occurrences(), schedule.frequency().orElse(null), schedule.toReview());
        }
    }
}
