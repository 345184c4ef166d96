package ca.concerto.domain.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.model.document.DocumentOutline.Cell;
import ca.concerto.domain.model.document.DocumentOutline.ListItem;
import ca.concerto.domain.model.document.DocumentOutline.Paragraph;
import ca.concerto.domain.model.document.DocumentOutline.Row;
import ca.concerto.domain.model.document.DocumentOutline.Table;
import ca.concerto.domain.model.plan.PlanKind;
import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.template.PlanTemplate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A document in the shape of the Montérégie 2018-2019 plan becomes its tree: "AXE 1" and its title on the next
 * line, orientations and objectives, an eight-column table whose action cell and field cells are merged down
 * the rows of the action's activities; the credits before it a section, the adoption sentence the adoption.
 */
class DocumentReadingTest {

    private static final PlanTemplate ANNUAL = annualTemplate();

    @Test
    void theAnnualPlansShapeBecomesItsTreeItsSectionsAndItsAdoption() {
        DocumentOutline outline = new DocumentOutline("plan.docx", List.of(
                new Paragraph("Plan d'action annuel", 0, true),
                new Paragraph("CRÉDITS ET REMERCIEMENTS", 1, false),
                new Paragraph("Rédaction et coordination des travaux", 0, false),
                new Paragraph("Julie Bickerstaff C., agente de soutien à la coordination", 0, false),
                new Paragraph("Plan d'action annuel adopté par le Comité régional Opération Colibri le 24 mai 2018.", 0, false),
                new Paragraph("AXE 1", 0, true),
                new Paragraph("SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT", 0, true),
                new Paragraph("Orientation 1.1", 0, true),
                new Paragraph("Faire connaître les succès d'intégration des enfants vulnérables.", 0, false),
                new Paragraph("1.1.1. OBJECTIF", 0, true),
                new Paragraph("Promouvoir l'importance des services de garde éducatifs de qualité.", 0, false),
                table(),
                new Paragraph("AXE 2", 0, true),
                new Paragraph("APPUYER LES APPROCHES QUI VISENT TOUS LES PARENTS", 0, true),
                new ListItem("Une note sous l'axe", 0, false)));

        DocumentMapping mapping = DocumentMapping.propose(outline, ANNUAL);
        assertThat(mapping.headings()).containsEntry("axe", "level:axe").containsEntry("orientation", "level:orientation")
                .containsEntry("objectif", "level:objectif").containsEntry("style-1", DocumentMapping.SECTION);
        assertThat(mapping.columns()).containsEntry("Actions", "level:action").containsEntry("Activités", "level:activite")
                .containsEntry("Échéancier", "field:SCHEDULE").containsEntry("Porteur*", "field:LEAD")
                .containsEntry("Indicateurs de résultats", "field:RESULT_INDICATORS").containsEntry("Groupes cibles", "field:TARGET_GROUPS")
                .containsEntry("Résultats attendus (transformation souhaitée)", "field:EXPECTED_RESULTS");

        ImportPreview preview = DocumentReading.read(outline, ANNUAL, mapping);

        assertThat(preview.tree()).extracting(ImportPreview.Node::number).containsExactly("AXE 1", "AXE 2");
        ImportPreview.Node axis = preview.tree().get(0);
        assertThat(axis.title()).isEqualTo("SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT");
        ImportPreview.Node orientation = axis.children().get(0);
        assertThat(orientation.number()).isEqualTo("Orientation 1.1");
        assertThat(orientation.title()).isEqualTo("Faire connaître les succès d'intégration des enfants vulnérables.");
        ImportPreview.Node objective = orientation.children().get(0);
        assertThat(objective.number()).isEqualTo("1.1.1. OBJECTIF");
        assertThat(objective.children()).hasSize(2);

        ImportPreview.Node action = objective.children().get(0);
        assertThat(action.levelCode()).isEqualTo("action");
        assertThat(action.number()).isEqualTo("1");
        assertThat(action.title()).isEqualTo("Explorer les collaborations possibles.");
        // A field cell merged down the action's rows is the action's; one of a single row is that row's activity's.
        assertThat(action.schedule()).isNull();
        assertThat(action.children().get(0).schedule()).isEqualTo("À déterminer");
        assertThat(action.lead()).isEqualTo("Comité exécutif");
        assertThat(action.collaborators()).containsExactly("AQCPÉ", "MF");
        assertThat(action.resultIndicators()).containsExactly("Nombre et type de collaborations.", "Secteurs rejoints.");
        assertThat(action.targetGroups()).containsExactly("Membres du CROC.");
        assertThat(action.expectedResults()).isEqualTo("Les membres collaboreront.");
        assertThat(action.children()).extracting(ImportPreview.Node::title)
                .containsExactly("Inviter l'AQCPÉ à présenter le projet.", "Présenter le cadre de référence.");
        assertThat(action.children().get(1).schedule()).isEqualTo("Automne 2018");
        assertThat(action.children().get(0).lead()).isNull();
        ImportPreview.Node second = objective.children().get(1);
        assertThat(second.number()).isEqualTo("2");
        assertThat(second.lead()).isEqualTo("DSP");
        assertThat(second.children()).isEmpty();

        assertThat(preview.tree().get(1).description()).isEqualTo("- Une note sous l'axe");
        // The title page's bold line is a heading of its own: a section the person keeps or sets aside in the preview.
        assertThat(preview.sections()).containsExactly(new ImportPreview.Section(SectionKind.OTHER, "Plan d'action annuel", null),
                new ImportPreview.Section(SectionKind.CREDITS, "CRÉDITS ET REMERCIEMENTS",
                "Rédaction et coordination des travaux\nJulie Bickerstaff C., agente de soutien à la coordination\n"
                        + "Plan d'action annuel adopté par le Comité régional Opération Colibri le 24 mai 2018."));
        assertThat(preview.adoption()).isEqualTo(new ImportPreview.Adoption(LocalDate.of(2018, 5, 24),
                "Comité régional Opération Colibri"));
        assertThat(preview.unplaced()).isEmpty();
        assertThat(DocumentReading.read(outline, ANNUAL, mapping.withHeading("bold", DocumentMapping.IGNORE)).unplaced())
                .containsExactly("Plan d'action annuel");
    }

    @Test
    void aHeadingKindThePersonSetsToAnotherLevelOrToNothingChangesTheTree() {
        DocumentOutline outline = new DocumentOutline("plan.docx", List.of(
                new Paragraph("AXE 1", 0, true), new Paragraph("SOUTENIR", 0, true),
                new Paragraph("Orientation 1.1", 0, true), new Paragraph("Faire connaître.", 0, false)));
        DocumentMapping proposed = DocumentMapping.propose(outline, ANNUAL);

        ImportPreview flattened = DocumentReading.read(outline, ANNUAL, proposed.withHeading("orientation", "level:objectif"));
        assertThat(flattened.tree().get(0).children().get(0).levelCode()).isEqualTo("objectif");

        ImportPreview ignored = DocumentReading.read(outline, ANNUAL, proposed.withHeading("orientation", DocumentMapping.IGNORE));
        assertThat(ignored.tree().get(0).children()).isEmpty();
        assertThat(ignored.unplaced()).contains("Orientation 1.1");
    }

    @Test
    void concertosOwnWordExportReadsBackIntoTheSameTree() {
        DocumentOutline outline = new DocumentOutline("plan.docx", List.of(
                new Paragraph("AXE 1 — SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT", 0, true),
                new Paragraph("ORIENTATION 1.1 — Faire connaître les succès d'intégration.", 0, true),
                new Paragraph("1.1.1. OBJECTIF — Promouvoir l'importance des services de garde.", 0, true),
                new Table(List.of(
                        row(false, "Élément", "Échéancier", "Porteur", "Collaborateurs", "Indicateurs de résultats", "Groupes cibles",
                                "Résultats attendus"),
                        new Row(List.of(cell("Action 1 — Explorer les collaborations possibles.", "Une précision."), cell("À déterminer"),
                                cell("Comité exécutif"), cell("AQCPÉ", "MF"), cell(), cell("Membres du CROC."), cell())),
                        new Row(List.of(cell("Activité — Inviter l'AQCPÉ."), cell("Automne 2018"), cell(), cell(), cell(), cell(), cell())))),
                new Paragraph("1.1.2 OBJECTIF — Un second objectif.", 0, true)));

        DocumentMapping mapping = DocumentMapping.propose(outline, ANNUAL);
        assertThat(mapping.columns()).containsEntry("Élément", DocumentMapping.ELEMENT);
        ImportPreview preview = DocumentReading.read(outline, ANNUAL, mapping);

        ImportPreview.Node orientation = preview.tree().get(0).children().get(0);
        assertThat(orientation.number()).isEqualTo("ORIENTATION 1.1");
        assertThat(orientation.children()).extracting(ImportPreview.Node::number).containsExactly("1.1.1. OBJECTIF", "1.1.2 OBJECTIF");
        ImportPreview.Node action = orientation.children().get(0).children().get(0);
        assertThat(action.levelCode()).isEqualTo("action");
        assertThat(action.number()).isEqualTo("Action 1");
        assertThat(action.title()).isEqualTo("Explorer les collaborations possibles.");
        assertThat(action.description()).isEqualTo("Une précision.");
        assertThat(action.schedule()).isEqualTo("À déterminer");
        assertThat(action.collaborators()).containsExactly("AQCPÉ", "MF");
        ImportPreview.Node activity = action.children().get(0);
        assertThat(activity.levelCode()).isEqualTo("activite");
        assertThat(activity.number()).isNull();
        assertThat(activity.schedule()).isEqualTo("Automne 2018");
        assertThat(preview.unplaced()).isEmpty();
    }

    private static Table table() {
        List<Row> rows = new ArrayList<>();
        rows.add(row(false, "Actions", "Activités", "Échéancier", "Porteur*", "Collaborateurs", "Indicateurs de résultats",
                "Groupes cibles", "Résultats attendus (transformation souhaitée)"));
        rows.add(new Row(List.of(cell("1. Explorer les collaborations possibles."), cell("Inviter l'AQCPÉ à présenter le projet."),
                cell("À déterminer"), cell("Comité exécutif"), cell("AQCPÉ", "MF"),
                cell("Nombre et type de collaborations.", "Secteurs rejoints."), cell("Membres du CROC."),
                cell("Les membres collaboreront."))));
        rows.add(new Row(List.of(continued(), cell("Présenter le cadre de référence."), cell("Automne 2018"), continued(),
                continued(), continued(), continued(), continued())));
        rows.add(new Row(List.of(cell("2. Réaliser une journée de partage."), cell(), cell("10 octobre 2018"), cell("DSP"), cell(),
                cell(), cell(), cell())));
        return new Table(rows);
    }

    private static Row row(boolean continued, String... texts) {
        return new Row(List.of(texts).stream().map(text -> new Cell(List.of(text), continued)).toList());
    }

    private static Cell cell(String... lines) {
        return new Cell(List.of(lines), false);
    }

    private static Cell continued() {
        return new Cell(List.of(), true);
    }

    private static PlanTemplate annualTemplate() {
        PlanTemplate template = new PlanTemplate("annual-action-plan", "Plan d'action annuel", "Annual action plan",
                new PlanKind("Plan d'action annuel", "Annual action plan"));
        template.addLevel("axe", null, "Axe", "Axis", Set.of(ElementField.DESCRIPTION));
        template.addLevel("orientation", "axe", "Orientation", "Orientation", Set.of());
        template.addLevel("objectif", "orientation", "Objectif", "Objective", Set.of());
        template.addLevel("action", "objectif", "Action", "Action", Set.of(ElementField.SCHEDULE, ElementField.LEAD));
        template.addLevel("activite", "action", "Activité", "Activity", Set.of(ElementField.SCHEDULE));
        return template;
    }
}
