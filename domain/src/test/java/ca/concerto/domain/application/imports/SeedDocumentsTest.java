package ca.concerto.domain.application.imports;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.infrastructure.document.OfficeDocuments;
import ca.concerto.domain.model.document.DocumentMapping;
import ca.concerto.domain.model.document.DocumentOutline;
import ca.concerto.domain.model.document.DocumentReading;
import ca.concerto.domain.model.document.ImportPreview;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.text.Folding;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each customer plan, as a Word document in its own shape (written by {@link SeedDocument} from the plan's text),
 * imports with the mapping Concerto proposes, no manual change, into exactly the demo plan's tree (every element,
 * its level, number, title, description and fields), and every line of the document lands in the plan or its
 * sections: nothing is left aside.
 */
class SeedDocumentsTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE);

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("monteregie/plan-action-2018-2019.json", "with Word's heading styles", true),
                Arguments.of("monteregie/plan-action-2018-2019.json", "with bold headings and no style", false),
                Arguments.of("monteregie/plan-transitoire-2021-2022.json", "in one table of parts and numbered items", false),
                Arguments.of("capitale-nationale/plan-travail-2021-2022.json", "in a table of priorities, actions and schedules per orientation", false),
                Arguments.of("capitale-nationale/priorites-2024-2029.json", "in one 5-column table of nested lists", false));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void aCustomerPlanInItsOwnShapeImportsIntoTheDemoPlansTreeWithNothingLeftAside(String resource, String shape, boolean styled)
            throws IOException {
        JsonObject plan = demoPlan(resource);
        byte[] docx = resource.contains("transitoire") ? SeedDocument.transitionalPlan(plan)
                : resource.contains("plan-travail") ? SeedDocument.workPlan(plan)
                : resource.contains("priorites") ? SeedDocument.priorities(plan) : SeedDocument.annualPlan(plan, styled);
        DocumentOutline outline = new OfficeDocuments().read("plan.docx", docx);

        Map<String, String> levels = new HashMap<>();
        ImportPreview preview = persistence.inServiceTransaction(MONTEREGIE, em -> {
            PlanTemplate template = Services.over(em).templates().get(plan.getString("template"));
            template.levels().forEach(level -> levels.put(level.code(), level.label(Locale.CANADA_FRENCH)));
            return DocumentReading.read(outline, template, DocumentMapping.propose(outline, template));
        });
        labels = levels;

        List<String> expected = new ArrayList<>();
        plan.getJsonArray("elements").getValuesAs(JsonObject.class).forEach(element -> fromDemo(element, expected));
        List<String> actual = new ArrayList<>();
        preview.tree().forEach(node -> fromPreview(node, actual));
        for (int at = 0; at < Math.min(expected.size(), actual.size()); at++) {
            if (!expected.get(at).equals(actual.get(at))) {
                System.out.println("SEED " + resource + " " + shape + " #" + at + "\n  demo:   " + expected.get(at) + "\n  import: " + actual.get(at));
                break;
            }
        }
        assertThat(expected).as("the demo plan's elements").hasSizeGreaterThan(20);
        assertThat(actual).as("the tree of " + resource + " " + shape).containsExactlyElementsOf(expected);
        assertThat(preview.unplaced()).as("text left aside").isEmpty();
        String placed = placed(preview);
        assertThat(lines(outline).stream().filter(line -> !placed.contains(compared(line))).toList())
                .as("lines of the document in neither the plan nor its sections").isEmpty();
        if (lines(outline).stream().anyMatch(line -> line.contains(" adopté par "))) {
            assertThat(preview.adoption()).as("the adoption the document states, proposed").isNotNull();
        }
    }

    /** The template's French level names: an element's number is compared as the plan page shows it ("Orientation 1.1"). */
    private static Map<String, String> labels;

    private static String label(String level, String number) {
        if (number == null) {
            return null;
        }
        String name = labels.getOrDefault(level, level);
        return Folding.fold(number).contains(Folding.fold(name)) ? number : name + " " + number;
    }

    private static final List<String> HEADERS = Stream.concat(Stream.of(SeedDocument.ANNUAL_COLUMNS),
            Stream.of("Priorités", "Actions proposées", "Description et échéanciers", "Objectifs", "Moyens (Coordination)",
                    "Moyens (Partenaires)")).toList();

    /** Every text of the document: its paragraphs, list items and cells' lines, its tables' headers aside. */
    private static List<String> lines(DocumentOutline outline) {
        List<String> lines = new ArrayList<>();
        for (DocumentOutline.Block block : outline.blocks()) {
            if (block instanceof DocumentOutline.Paragraph paragraph) {
                lines.add(paragraph.text());
            } else if (block instanceof DocumentOutline.ListItem item) {
                lines.add(item.text());
            } else if (block instanceof DocumentOutline.Table table) {
                // The header row names the columns: what they hold is the plan's, not the names.
                boolean headed = table.rows().get(0).cells().stream().anyMatch(cell -> HEADERS.contains(cell.text()));
                table.rows().stream().skip(headed ? 1 : 0).forEach(row -> row.cells().forEach(cell -> lines.addAll(cell.lines())));
            }
        }
        return lines.stream().filter(line -> !line.isBlank()).toList();
    }

    /** Everything the import keeps: the plan's title, each element's texts, each section's title and text. */
    private static String placed(ImportPreview preview) {
        StringBuilder kept = new StringBuilder(compared(preview.title())).append('\n');
        // A numbered cell is its element's number and title ("1. Explorer…").
        preview.inTreeOrder().forEach(node -> Stream.of(node.number(), node.title(), node.number() + ". " + node.title(), node.description(), node.schedule(), node.lead(),
                String.join("\n", node.collaborators()), String.join("\n", node.resultIndicators()), String.join("\n", node.targetGroups()),
                node.expectedResults()).forEach(text -> kept.append(compared(text)).append('\n')));
        preview.sections().forEach(section -> kept.append(compared(section.title())).append('\n').append(compared(section.text())).append('\n'));
        return kept.toString();
    }

    /** Text as compared: its words, punctuation and spacing aside ("AXE 1 : SOUTENIR" is "AXE 1" and "SOUTENIR"). */
    private static String compared(String text) {
        return text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static JsonObject demoPlan(String resource) throws IOException {
        try (InputStream in = SeedDocumentsTest.class.getResourceAsStream("/demo/" + resource); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    private static void fromDemo(JsonObject element, List<String> into) {
        into.add(line(element.getString("level"), text(element, "number"), element.getString("title"), text(element, "description"),
                text(element, "schedule"), text(element, "lead"), items(element, "collaborators"), items(element, "indicators"),
                items(element, "targetGroups"), text(element, "expectedResults")));
        if (element.containsKey("children")) {
            element.getJsonArray("children").getValuesAs(JsonObject.class).forEach(child -> fromDemo(child, into));
        }
    }

    private static void fromPreview(ImportPreview.Node node, List<String> into) {
        into.add(line(node.levelCode(), node.number(), node.title(), node.description(), node.schedule(), node.lead(),
                node.collaborators(), node.resultIndicators(), node.targetGroups(), node.expectedResults()));
        node.children().forEach(child -> fromPreview(child, into));
    }

    /** One element as compared: its texts with their spacing aside (a paragraph break is a line break in Word). */
    private static String line(String level, String number, String title, String description, String schedule, String lead,
            List<String> collaborators, List<String> indicators, List<String> targetGroups, String expectedResults) {
        return Stream.of(level, label(level, number), title, description, schedule, lead, String.join(" | ", collaborators),
                String.join(" | ", indicators), String.join(" | ", targetGroups), expectedResults)
                .map(text -> text == null ? "" : text.replaceAll("\\s+", " ").strip()).collect(Collectors.joining(" ¦ "));
    }

    private static String text(JsonObject element, String key) {
        return element.containsKey(key) && !element.isNull(key) ? element.getString(key) : null;
    }

    private static List<String> items(JsonObject element, String key) {
        JsonValue value = element.get(key);
        return value instanceof JsonArray items ? items.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
    }
}
