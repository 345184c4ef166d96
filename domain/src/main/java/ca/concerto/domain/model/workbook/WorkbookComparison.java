package ca.concerto.domain.model.workbook;

import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.TemplateLevel;
import ca.concerto.domain.model.text.Folding;
import ca.concerto.domain.model.workbook.WorkbookChanges.Change;
import ca.concerto.domain.model.workbook.WorkbookChanges.FieldChange;
import ca.concerto.domain.model.workbook.WorkbookChanges.Kind;
import ca.concerto.domain.model.workbook.WorkbookChanges.Placement;
import ca.concerto.domain.model.workbook.WorkbookChanges.RowProblem;
import ca.concerto.domain.model.workbook.WorkbookChanges.Trouble;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an edited activities workbook against its plan as it is now: a row whose fields differ from its element
 * changes it; a row without reference adds an element under the place its "under" column names (an element of
 * the plan, or a row added above it); an exported element whose row is gone is removed. An element that changed
 * in Concerto since the export (its version moved on, or something was added under it) makes its change a
 * conflict. Nothing is written here.
 */
public final class WorkbookComparison {

    private final Plan plan;
    private final PlanTemplate template;
    private final EditedWorkbook workbook;
    private final Map<Long, PlanElement> elements = new HashMap<>();
    /** Each element and added row by its place and label, folded: what an "under" cell names. */
    private final Map<String, List<Object>> places = new HashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();

    private WorkbookComparison(Plan plan, PlanTemplate template, EditedWorkbook workbook) {
        this.plan = plan;
        this.template = template;
        this.workbook = workbook;
        plan.elements().forEach(element -> elements.put(element.id(), element));
        plan.elements().forEach(element -> places.computeIfAbsent(WorkbookPlace.key(pathOf(element)), any -> new ArrayList<>()).add(element));
    }

    public static WorkbookChanges compare(Plan plan, PlanTemplate template, EditedWorkbook workbook) {
        return new WorkbookComparison(plan, template, workbook).compare();
    }

    private WorkbookChanges compare() {
        Map<Long, ActivityRow> kept = new LinkedHashMap<>();
        for (ActivityRow row : workbook.rows()) {
            if (row.isBlank()) {
                continue;
            }
            if (row.reference() == null) {
                added(row, null);
            } else if (kept.containsKey(row.reference())) {
                problem(row, Trouble.REPEATED_REFERENCE, "line " + kept.get(row.reference()).line() + " stands for it already");
            } else if (elements.containsKey(row.reference())) {
                kept.put(row.reference(), row);
                changed(row, elements.get(row.reference()));
            } else if (workbook.exportedVersions().containsKey(row.reference())) {
                kept.put(row.reference(), row);
                added(row, row.reference());
            } else {
                problem(row, Trouble.UNKNOWN_REFERENCE, "reference " + row.reference() + " is of no element of this plan");
            }
        }
        Set<PlanElement> removed = new HashSet<>();
        workbook.exportedVersions().forEach((id, version) -> {
            PlanElement element = elements.get(id);
            if (element != null && !kept.containsKey(id)) {
                removed.add(element);
            }
        });
        plan.inTreeOrder().stream().filter(removed::contains).forEach(this::removed);
        for (ActivityRow row : kept.values()) {
            PlanElement element = elements.get(row.reference());
            if (element != null && under(element, removed)) {
                problem(row, Trouble.UNDER_REMOVED, "the row of an element above it was deleted");
            }
        }
        changes.stream().filter(change -> change.kind() == Kind.ADDED && change.placement().parentId() != null)
                .filter(change -> removed.contains(elements.get(change.placement().parentId()))
                        || under(elements.get(change.placement().parentId()), removed))
                .forEach(change -> problems.add(new RowProblem(change.line(), Trouble.UNDER_REMOVED,
                        "the row of the element it goes under was deleted")));
        problems.sort(java.util.Comparator.comparingInt(RowProblem::line));
        return new WorkbookChanges(workbook.fileName(), changes, problems);
    }

    private void changed(ActivityRow row, PlanElement element) {
        if (!readable(row)) {
            return;
        }
        List<FieldChange> fields = new ArrayList<>();
        for (ActivityColumn column : ActivityColumn.FIELDS) {
            String now = column.of(element);
            if (!now.equals(row.cell(column))) {
                fields.add(new FieldChange(column, now, row.cell(column)));
            }
        }
        if (!fields.isEmpty()) {
            changes.add(new Change(Kind.CHANGED, row.line(), element.id(), row.cell(ActivityColumn.TITLE), fields, null,
                    changedSince(element)));
        }
    }

    /**
     * A row without reference, or whose element was removed in Concerto since the export; a conflict then, or when
     * an element of its wording was added there since (see {@link #twin}).
     */
    private void added(ActivityRow row, Long removedSince) {
        if (!readable(row)) {
            return;
        }
        Optional<Object> parent = place(row);
        if (parent.isEmpty()) {
            return;
        }
        String parentLevel = parent.get() instanceof PlanElement element ? element.levelCode()
                : parent.get() instanceof Change change ? change.placement().levelCode() : null;
        Optional<String> level = level(row, parentLevel);
        if (level.isEmpty()) {
            return;
        }
        Placement placement = new Placement(parent.get() instanceof PlanElement element ? element.id() : null,
                parent.get() instanceof Change change ? change.line() : null, level.get());
        List<FieldChange> fields = ActivityColumn.FIELDS.stream().filter(column -> !row.cell(column).isEmpty())
                .map(column -> new FieldChange(column, "", row.cell(column))).toList();
        Long twin = parent.get() == TOP || parent.get() instanceof PlanElement ? twin(parent.get() == TOP ? null
                : (PlanElement) parent.get(), row.cell(ActivityColumn.TITLE)) : null;
        Change change = new Change(Kind.ADDED, row.line(), removedSince != null ? removedSince : twin,
                row.cell(ActivityColumn.TITLE), fields, placement, removedSince != null || twin != null);
        changes.add(change);
        places.computeIfAbsent(WorkbookPlace.key(WorkbookPlace.under(row.path(), label(row))), any -> new ArrayList<>()).add(change);
    }

    /**
     * An element of the same wording added there in Concerto since the export: the same workbook imported twice,
     * or the same addition made on both sides. Adding the row again is then the person's choice.
     */
    private Long twin(PlanElement parent, String title) {
        return plan.children(parent).stream()
                .filter(child -> !workbook.exportedVersions().containsKey(child.id()) && Folding.fold(child.title()).equals(Folding.fold(title)))
                .map(PlanElement::id).findFirst().orElse(null);
    }

    private void removed(PlanElement element) {
        boolean since = plan.withDescendants(element).stream().anyMatch(this::changedSince);
        changes.add(new Change(Kind.REMOVED, null, element.id(), element.title(), List.of(), null, since));
    }

    /** The element changed in Concerto since the export, or was added there since. */
    private boolean changedSince(PlanElement element) {
        Integer exported = workbook.exportedVersions().get(element.id());
        return exported == null || exported != element.version();
    }

    private boolean readable(ActivityRow row) {
        if (row.cell(ActivityColumn.TITLE).isEmpty()) {
            problem(row, Trouble.NO_TITLE, "a row needs its wording");
            return false;
        }
        for (ActivityColumn column : ActivityColumn.FIELDS) {
            List<String> texts = column.isList() ? ActivityColumn.items(row.cell(column)) : List.of(row.cell(column));
            if (texts.stream().anyMatch(text -> text.length() > column.limit())) {
                problem(row, Trouble.TOO_LONG, column + " is longer than " + column.limit() + " characters");
                return false;
            }
        }
        return true;
    }

    /** The element or added row the "under" cell names; the top of the plan (the empty Optional of null) when blank. */
    private Optional<Object> place(ActivityRow row) {
        if (row.path().isEmpty()) {
            return Optional.of(TOP);
        }
        List<Object> named = places.getOrDefault(WorkbookPlace.key(row.path()), List.of());
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        problem(row, named.isEmpty() ? Trouble.UNKNOWN_PLACE : Trouble.AMBIGUOUS_PLACE, "under « " + row.path() + " »");
        return Optional.empty();
    }

    /** The top of the plan as a place. */
    private static final Object TOP = new Object();

    /** The level the row names, or the only one the template offers there. */
    private Optional<String> level(ActivityRow row, String parentLevel) {
        List<TemplateLevel> offered = template.childrenOf(parentLevel);
        if (row.level().isEmpty()) {
            if (offered.size() == 1) {
                return Optional.of(offered.get(0).code());
            }
            problem(row, Trouble.UNKNOWN_LEVEL, "no level given, and the template offers " + offered.size() + " there");
            return Optional.empty();
        }
        String named = Folding.fold(row.level()).strip();
        Optional<TemplateLevel> level = template.levels().stream()
                .filter(candidate -> named.equals(candidate.code()) || named.equals(Folding.fold(candidate.label(Locale.CANADA_FRENCH)))
                        || named.equals(Folding.fold(candidate.label(Locale.ENGLISH))))
                .findFirst();
        if (level.isEmpty()) {
            problem(row, Trouble.UNKNOWN_LEVEL, "« " + row.level() + " » is no level of the template");
            return Optional.empty();
        }
        if (!template.allows(parentLevel, level.get().code())) {
            problem(row, Trouble.LEVEL_NOT_ALLOWED, "the template has no level « " + row.level() + " » there");
            return Optional.empty();
        }
        return Optional.of(level.get().code());
    }

    private boolean under(PlanElement element, Set<PlanElement> removed) {
        for (PlanElement above = element.parent(); above != null; above = above.parent()) {
            if (removed.contains(above)) {
                return true;
            }
        }
        return false;
    }

    private void problem(ActivityRow row, Trouble trouble, String detail) {
        problems.add(new RowProblem(row.line(), trouble, "line " + row.line() + ": " + detail));
    }

    /** "AXE 1 › 1.1 › 1.1.1": the element's place and its own label, as the export writes the "under" column. */
    private static String pathOf(PlanElement element) {
        List<String> labels = new ArrayList<>();
        for (PlanElement at = element; at != null; at = at.parent()) {
            labels.add(0, WorkbookPlace.label(at.number(), at.title()));
        }
        return WorkbookPlace.of(labels);
    }

    private static String label(ActivityRow row) {
        return WorkbookPlace.label(row.cell(ActivityColumn.NUMBER), row.cell(ActivityColumn.TITLE));
    }

}
