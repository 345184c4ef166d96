package ca.concerto.domain.application.imports;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.application.history.RevisionLine;
import ca.concerto.domain.application.plans.ElementChanges;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.document.UnreadableDocument;
import ca.concerto.domain.model.plan.Lead;
import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.model.plan.Period;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.workbook.ActivityColumn;
import ca.concerto.domain.model.workbook.ActivityRow;
import ca.concerto.domain.model.workbook.EditedWorkbook;
import ca.concerto.domain.model.workbook.UnresolvedConflicts;
import ca.concerto.domain.model.workbook.WorkbookChanges;
import ca.concerto.domain.model.workbook.WorkbookChanges.Kind;
import ca.concerto.domain.model.workbook.WorkbookChanges.Trouble;
import ca.concerto.domain.model.workbook.WorkbookPlace;
import ca.concerto.domain.model.workbook.WorkbookRowsRefused;
import ca.concerto.domain.testing.Kinds;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An activities workbook edited in Excel comes back onto its plan: exactly the person's changes, in one revision;
 * over changes made in Concerto since its export, only by the person's choice; with an unreadable row, not at all.
 * (The workbook's file is read by the Excel reader, tested with the export in the end-to-end tests.)
 */
class WorkbookImportingTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    private static final Actor CAMILLE = new Actor("camille", "monteregie", Set.of(Role.COORDINATOR));
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE);

    @Test
    void aCellChangedARowAddedAndARowDeletedAreExactlyTheChangesAppliedInOneRevision() {
        long plan = draftPlan("Plan à réviser dans Excel");
        EditedWorkbook exported = export(plan);
        EditedWorkbook edited = edit(exported, rows -> {
            rows.set(0, with(rows.get(0), ActivityColumn.LEAD, "Table régionale"));
            rows.remove(1);
            rows.add(new ActivityRow(4, null, "AXE 1 › 1.1 › 1.1.1 › 1", "", cells(ActivityColumn.TITLE, "Former les éducatrices.",
                    ActivityColumn.SCHEDULE, "Hiver 2019", ActivityColumn.COLLABORATORS, "CPE\nBureaux coordonnateurs")));
            return rows;
        });

        WorkbookChanges preview = persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, edited).preview(plan, "monteregie",
                "activites.xlsx", new byte[1]));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.conflicts()).isEmpty();
        assertThat(preview.changes()).extracting(WorkbookChanges.Change::kind).containsExactly(Kind.CHANGED, Kind.ADDED, Kind.REMOVED);
        assertThat(preview.changes().get(0).fields()).singleElement().satisfies(field -> {
            assertThat(field.field()).isEqualTo(ActivityColumn.LEAD);
            assertThat(field.now()).isEqualTo("Comité exécutif du CROC");
            assertThat(field.workbook()).isEqualTo("Table régionale");
        });
        assertThat(preview.changes().get(1).placement().levelCode()).isEqualTo("activite");

        persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, edited).apply(CAMILLE, plan, "monteregie", "activites.xlsx",
                new byte[1], Set.of(), Set.of()));

        persistence.run(MONTEREGIE, "test", "", em -> {
            List<PlanElement> action = em.find(Plan.class, plan).inTreeOrder().subList(3, 6);
            assertThat(action).extracting(PlanElement::title).containsExactly("Explorer les collaborations possibles",
                    "Inviter l'AQCPÉ à présenter le projet.", "Former les éducatrices.");
            assertThat(action.get(1).lead().text()).isEqualTo("Table régionale");
            assertThat(action.get(1).resultIndicators()).containsExactly("Nombre de collaborations.");
            assertThat(action.get(2).schedule().text()).isEqualTo("Hiver 2019");
            assertThat(action.get(2).schedule().start()).isPresent();
            assertThat(action.get(2).collaborators()).extracting(collaborator -> collaborator.name())
                    .containsExactly("CPE", "Bureaux coordonnateurs");
        });
        List<RevisionLine> revisions = persistence.inServiceTransaction(MONTEREGIE, em -> Services.over(em).history().revisions(plan));
        assertThat(revisions).extracting(RevisionLine::kind).containsExactly(RevisionKind.EDIT, RevisionKind.IMPORT);
        assertThat(revisions.get(1).comment()).isEqualTo("Classeur d'activités importé : activites.xlsx");

        WorkbookChanges twice = persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, edited).preview(plan, "monteregie",
                "activites.xlsx", new byte[1]));
        assertThat(twice.changes()).as("the same workbook again: its added row is there already")
                .singleElement().satisfies(change -> {
                    assertThat(change.kind()).isEqualTo(Kind.ADDED);
                    assertThat(change.conflicting()).isTrue();
                });
    }

    @Test
    void aStaleWorkbookShowsItsConflictsAndAppliesNothingWithoutThePersonsChoice() {
        long plan = draftPlan("Plan changé depuis l'export");
        EditedWorkbook exported = export(plan);
        long activity = exported.rows().get(0).reference();
        persistence.inServiceTransaction(MONTEREGIE, em -> Services.over(em).editing().save(CAMILLE, "Dans Concerto",
                new ElementChanges(activity, version(activity), "Inviter l'AQCPÉ au CROC.", null, null, "Comité exécutif du CROC", null)));
        EditedWorkbook edited = edit(exported, rows -> {
            rows.set(0, with(rows.get(0), ActivityColumn.TITLE, "Inviter l'AQCPÉ et le MF."));
            rows.set(1, with(rows.get(1), ActivityColumn.TARGET_GROUPS, "Parents"));
            return rows;
        });

        WorkbookChanges preview = persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, edited).preview(plan, "monteregie",
                "activites.xlsx", new byte[1]));
        assertThat(preview.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.elementId()).isEqualTo(activity);
            assertThat(conflict.fields()).singleElement().extracting(field -> field.now()).isEqualTo("Inviter l'AQCPÉ au CROC.");
        });
        assertThatThrownBy(() -> persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, edited).apply(CAMILLE, plan,
                "monteregie", "activites.xlsx", new byte[1], Set.of(), Set.of()))).isInstanceOf(UnresolvedConflicts.class);
        assertThat(titles(plan)).contains("Inviter l'AQCPÉ au CROC.");
        assertThat(targetGroupsOfSecondActivity(plan)).isEmpty();

        persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, edited).apply(CAMILLE, plan, "monteregie", "activites.xlsx",
                new byte[1], Set.of(), Set.of(activity)));
        assertThat(titles(plan)).contains("Inviter l'AQCPÉ au CROC.");
        assertThat(targetGroupsOfSecondActivity(plan)).containsExactly("Parents");

        EditedWorkbook again = export(plan);
        persistence.inServiceTransaction(MONTEREGIE, em -> Services.over(em).editing().save(CAMILLE, "Encore",
                new ElementChanges(activity, version(activity), "Inviter l'AQCPÉ au comité.", null, null, null, null)));
        EditedWorkbook retitled = edit(again, rows -> {
            rows.set(0, with(rows.get(0), ActivityColumn.TITLE, "Inviter l'AQCPÉ et le MF."));
            return rows;
        });
        persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, retitled).apply(CAMILLE, plan, "monteregie",
                "activites.xlsx", new byte[1], Set.of(activity), Set.of()));
        assertThat(titles(plan)).contains("Inviter l'AQCPÉ et le MF.");
    }

    @Test
    void unreadableRowsAreAllShownAndNothingIsApplied() {
        long plan = draftPlan("Plan aux lignes illisibles");
        EditedWorkbook exported = export(plan);
        EditedWorkbook edited = edit(exported, rows -> {
            rows.set(0, with(rows.get(0), ActivityColumn.LEAD, "Changé"));
            rows.add(new ActivityRow(4, rows.get(1).reference(), rows.get(1).path(), "", rows.get(1).cells()));
            rows.add(new ActivityRow(5, null, "AXE 9", "", cells(ActivityColumn.TITLE, "Ailleurs")));
            rows.add(new ActivityRow(6, null, "AXE 1 › 1.1 › 1.1.1 › 1", "Axe", cells(ActivityColumn.TITLE, "Mal placé")));
            rows.add(new ActivityRow(7, 999_999L, "", "", cells(ActivityColumn.TITLE, "D'un autre plan")));
            rows.add(new ActivityRow(8, null, "AXE 1", "", cells(ActivityColumn.SCHEDULE, "Automne 2018")));
            return rows;
        });

        WorkbookChanges preview = persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, edited).preview(plan, "monteregie",
                "activites.xlsx", new byte[1]));
        assertThat(preview.problems()).extracting(WorkbookChanges.RowProblem::trouble).containsExactly(Trouble.REPEATED_REFERENCE,
                Trouble.UNKNOWN_PLACE, Trouble.LEVEL_NOT_ALLOWED, Trouble.UNKNOWN_REFERENCE, Trouble.NO_TITLE);
        assertThatThrownBy(() -> persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, edited).apply(CAMILLE, plan,
                "monteregie", "activites.xlsx", new byte[1], Set.of(), Set.of()))).isInstanceOf(WorkbookRowsRefused.class);
        persistence.run(MONTEREGIE, "test", "", em -> assertThat(em.find(Plan.class, plan).inTreeOrder().get(4).lead().text())
                .isEqualTo("Comité exécutif du CROC"));
    }

    @Test
    void aWorkbookOfAnotherPlanOrAnotherBodyIsRefused() {
        long plan = draftPlan("Plan d'un classeur");
        long other = draftPlan("Autre plan");
        EditedWorkbook exported = export(plan);
        assertThatThrownBy(() -> persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, exported).preview(other,
                "monteregie", "activites.xlsx", new byte[1]))).isInstanceOf(UnreadableDocument.class)
                .hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.ANOTHER_PLAN);
        assertThatThrownBy(() -> persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, exported).preview(plan,
                "capitale-nationale", "activites.xlsx", new byte[1]))).isInstanceOf(UnreadableDocument.class);
    }

    private static long draftPlan(String title) {
        return persistence.inTransaction(MONTEREGIE, "camille", "Création", em -> {
            Plan plan = new Plan(title, Kinds.ANNUAL_ACTION_PLAN, "annual-action-plan",
                    new Period(LocalDate.of(2018, 7, 1), LocalDate.of(2019, 6, 30), "2018-2019"));
            PlanElement axis = plan.addElement(LevelRule.AS_DOCUMENTED, null, "axe", "AXE 1", "SOUTENIR LE DÉVELOPPEMENT GLOBAL");
            PlanElement orientation = plan.addElement(LevelRule.AS_DOCUMENTED, axis, "orientation", "1.1", "Faire connaître");
            PlanElement objective = plan.addElement(LevelRule.AS_DOCUMENTED, orientation, "objectif", "1.1.1", "Promouvoir les SGÉE");
            PlanElement action = plan.addElement(LevelRule.AS_DOCUMENTED, objective, "action", "1", "Explorer les collaborations possibles");
            PlanElement invite = plan.addElement(LevelRule.AS_DOCUMENTED, action, "activite", null, "Inviter l'AQCPÉ à présenter le projet.");
            invite.lead(Lead.asWritten("Comité exécutif du CROC"));
            invite.resultIndicators(List.of("Nombre de collaborations."));
            plan.addElement(LevelRule.AS_DOCUMENTED, action, "activite", null, "Présenter le cadre de référence au CROC.")
                    .schedule("Automne 2018 – hiver 2019");
            em.persist(plan);
            em.flush();
            return plan.id();
        });
    }

    /** The workbook as Concerto exports it now: a row for each element that is no heading, with its version. */
    private static EditedWorkbook export(long planId) {
        return persistence.inTransaction(MONTEREGIE, "test", "", em -> {
            Plan plan = em.find(Plan.class, planId);
            Map<Long, Integer> versions = new HashMap<>();
            List<ActivityRow> rows = new ArrayList<>();
            for (PlanElement element : plan.inTreeOrder()) {
                if (!plan.children(element).isEmpty()) {
                    continue;
                }
                versions.put(element.id(), element.version());
                Map<ActivityColumn, String> cells = new EnumMap<>(ActivityColumn.class);
                ActivityColumn.FIELDS.forEach(column -> cells.put(column, column.of(element)));
                rows.add(new ActivityRow(rows.size() + 2, element.id(), path(element.parent()), "Activité", cells));
            }
            return new EditedWorkbook("activites.xlsx", planId, "monteregie", versions, rows);
        });
    }

    private static String path(PlanElement element) {
        return element == null ? "" : WorkbookPlace.under(path(element.parent()), WorkbookPlace.label(element.number(), element.title()));
    }

    private static EditedWorkbook edit(EditedWorkbook workbook, UnaryOperator<List<ActivityRow>> edits) {
        return new EditedWorkbook(workbook.fileName(), workbook.planId(), workbook.body(), workbook.exportedVersions(),
                edits.apply(new ArrayList<>(workbook.rows())));
    }

    private static ActivityRow with(ActivityRow row, ActivityColumn column, String cell) {
        Map<ActivityColumn, String> cells = new EnumMap<>(row.cells());
        cells.put(column, cell);
        return new ActivityRow(row.line(), row.reference(), row.path(), row.level(), cells);
    }

    private static Map<ActivityColumn, String> cells(Object... columnsAndCells) {
        Map<ActivityColumn, String> cells = new EnumMap<>(ActivityColumn.class);
        for (int at = 0; at < columnsAndCells.length; at += 2) {
            cells.put((ActivityColumn) columnsAndCells[at], (String) columnsAndCells[at + 1]);
        }
        return cells;
    }

    private static int version(long elementId) {
        return persistence.inTransaction(MONTEREGIE, "test", "", em -> em.find(PlanElement.class, elementId).version());
    }

    private static List<String> titles(long plan) {
        return persistence.inTransaction(MONTEREGIE, "test", "", em -> em.find(Plan.class, plan).inTreeOrder().stream()
                .map(PlanElement::title).toList());
    }

    private static List<String> targetGroupsOfSecondActivity(long plan) {
        return persistence.inTransaction(MONTEREGIE, "test", "", em -> List.copyOf(em.find(Plan.class, plan).inTreeOrder().get(5)
                .targetGroups()));
    }

    private static WorkbookImporting importing(EntityManager em, EditedWorkbook workbook) {
        Services services = Services.over(em);
        return new WorkbookImporting((name, content) -> workbook, services.plans(), services.templates(), services.partners(),
                services.followUp(), services.revisions());
    }
}
