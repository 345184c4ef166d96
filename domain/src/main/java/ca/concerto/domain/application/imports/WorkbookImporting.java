package ca.concerto.domain.application.imports;

import ca.concerto.domain.application.plans.NamedPartners;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.document.UnreadableDocument;
import ca.concerto.domain.model.followup.FollowUpRecords;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.shared.NotFound;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.PlanTemplates;
import ca.concerto.domain.model.workbook.ActivitiesWorkbookReader;
import ca.concerto.domain.model.workbook.ActivityColumn;
import ca.concerto.domain.model.workbook.EditedWorkbook;
import ca.concerto.domain.model.workbook.UnresolvedConflicts;
import ca.concerto.domain.model.workbook.WorkbookChanges;
import ca.concerto.domain.model.workbook.WorkbookChanges.Change;
import ca.concerto.domain.model.workbook.WorkbookComparison;
import ca.concerto.domain.model.workbook.WorkbookRowsRefused;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An activities workbook edited in Excel comes back onto its plan: what it would change is shown first;
 * applied, the changes (fields changed, rows added, rows deleted) are one IMPORT revision naming the file. A
 * change over an element that changed in Concerto since the export is applied only when the person chose it,
 * and left out when they chose the plan's; with any conflict undecided, or any row unreadable, nothing is
 * applied. Runs in the caller's transaction; the caller has checked the person may change plans.
 */
@Dependent
public class WorkbookImporting {

    private final ActivitiesWorkbookReader reader;
    private final Plans plans;
    private final PlanTemplates templates;
    private final NamedPartners partners;
    private final FollowUpRecords followUp;
    private final Revisions revisions;

    @Inject
    public WorkbookImporting(ActivitiesWorkbookReader reader, Plans plans, PlanTemplates templates, NamedPartners partners,
            FollowUpRecords followUp, Revisions revisions) {
        this.reader = reader;
        this.plans = plans;
        this.templates = templates;
        this.partners = partners;
        this.followUp = followUp;
        this.revisions = revisions;
    }

    /** What the workbook would change in the plan of the body ({@code body}: the person's). */
    public WorkbookChanges preview(long planId, String body, String fileName, byte[] content) {
        Plan plan = plan(planId);
        return WorkbookComparison.compare(plan, templates.get(plan.templateCode()), workbook(plan, body, fileName, content));
    }

    /**
     * Applies the workbook's changes: a conflict's when its element is among {@code take}, none of it when among
     * {@code keep}.
     *
     * @return what was applied (empty when the workbook changes nothing: no revision then)
     * @throws WorkbookRowsRefused when a row cannot be read as it is
     * @throws UnresolvedConflicts when a conflict is in neither choice
     */
    public WorkbookChanges apply(Actor actor, long planId, String body, String fileName, byte[] content, Set<Long> take,
            Set<Long> keep) {
        Plan plan = plan(planId);
        plan.ensureEditable();
        PlanTemplate template = templates.get(plan.templateCode());
        WorkbookChanges changes = WorkbookComparison.compare(plan, template, workbook(plan, body, fileName, content));
        if (!changes.problems().isEmpty()) {
            throw new WorkbookRowsRefused(changes.problems());
        }
        if (changes.conflicts().stream().anyMatch(conflict -> !take.contains(conflict.conflictKey())
                && !keep.contains(conflict.conflictKey()))) {
            throw new UnresolvedConflicts(changes.conflicts().size());
        }
        WorkbookChanges applied = new WorkbookChanges(changes.fileName(), changes.changes().stream()
                .filter(change -> !change.conflicting() || take.contains(change.conflictKey())).toList(), changes.problems());
        if (applied.isEmpty()) {
            return applied;
        }
        revisions.record(actor, RevisionKind.IMPORT, "Classeur d'activités importé : " + changes.fileName());
        Map<Integer, PlanElement> addedByLine = new HashMap<>();
        for (Change change : applied.changes()) {
            switch (change.kind()) {
                case CHANGED -> change.fields().forEach(field -> write(plans.element(change.elementId()), field.field(), field.workbook()));
                case ADDED -> addedByLine.put(change.line(), add(plan, template, change, addedByLine));
                case REMOVED -> remove(plan, change.elementId());
            }
        }
        plans.save(plan);
        return applied;
    }

    private PlanElement add(Plan plan, PlanTemplate template, Change change, Map<Integer, PlanElement> addedByLine) {
        WorkbookChanges.Placement placement = change.placement();
        PlanElement parent = placement.parentId() != null ? plans.element(placement.parentId())
                : placement.parentLine() != null ? addedByLine.get(placement.parentLine()) : null;
        PlanElement element = plan.addElement(template, parent, placement.levelCode(), null, change.title());
        change.fields().forEach(field -> write(element, field.field(), field.workbook()));
        return element;
    }

    /** Removes the element with what is under it and their follow-up, unless it went with an element above it. */
    private void remove(Plan plan, long elementId) {
        plan.elements().stream().filter(element -> element.id() == elementId).findFirst().ifPresent(element -> {
            followUp.forget(plan.withDescendants(element));
            plan.removeElement(element);
        });
    }

    private void write(PlanElement element, ActivityColumn column, String cell) {
        String text = cell.isEmpty() ? null : cell;
        switch (column) {
            case NUMBER -> element.renumber(text);
            case TITLE -> element.retitle(cell);
            case DESCRIPTION -> element.describe(text);
            case SCHEDULE -> element.schedule(text);
            case LEAD -> element.lead(text == null ? null : partners.lead(text));
            case COLLABORATORS -> element.collaborators(partners.collaborators(ActivityColumn.items(cell)));
            case INDICATORS -> element.resultIndicators(ActivityColumn.items(cell));
            case TARGET_GROUPS -> element.targetGroups(ActivityColumn.items(cell));
            case EXPECTED_RESULTS -> element.expectedResults(text);
            default -> throw new IllegalStateException(column + " is no field of an element");
        }
    }

    private Plan plan(long planId) {
        return plans.withTree(planId).orElseThrow(() -> new NotFound(NotFound.What.PLAN, planId));
    }

    /** The workbook, if it is this plan's of this body. */
    private EditedWorkbook workbook(Plan plan, String body, String fileName, byte[] content) {
        EditedWorkbook workbook = reader.read(fileName, content);
        if (workbook.planId() != plan.id() || !workbook.body().equals(body)) {
            throw new UnreadableDocument(UnreadableDocument.Reason.ANOTHER_PLAN, fileName + " holds the activities of another plan");
        }
        return workbook;
    }
}
