package ca.concerto.domain.application.imports;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A body's plan as its own Word document sets it, written with POI from the plan's text as the demo data holds it
 * (the seed's words, cut into the document's cells and items): the title, the credits and member tables, then a
 * heading per axis, orientation and objective ("AXE 1" and its title; "Orientation 1.1"; "1.1.1. OBJECTIF"), and
 * under each the 8-column table of its actions and activities, an action's cell and its own fields merged down
 * the rows of its activities, lists in cells as bulleted paragraphs. {@code styled}: headings in Word's heading
 * styles; otherwise in bold paragraphs, as many bodies write them.
 */
final class SeedDocument {

    static final String[] ANNUAL_COLUMNS = {"Actions", "Activités", "Échéancier", "Porteur*", "Collaborateurs",
            "Indicateurs de résultats", "Groupes cibles", "Résultats attendus (transformation souhaitée)"};
    private static final String[] ANNUAL_FIELDS = {null, null, "schedule", "lead", "collaborators", "indicators",
            "targetGroups", "expectedResults"};
    private static final Map<String, Integer> HEADING_LEVELS = Map.of("axe", 1, "orientation", 2, "objectif", 3);

    private final XWPFDocument document = new XWPFDocument();
    private final boolean styled;
    private BigInteger bullets;

    private SeedDocument(boolean styled) {
        this.styled = styled;
    }

    /** The 2018–2019 annual plan's document. */
    static byte[] annualPlan(JsonObject plan, boolean styled) throws IOException {
        SeedDocument writer = new SeedDocument(styled);
        writer.title(plan.getString("title"));
        for (JsonObject section : plan.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            if (!section.getString("kind").equals("FOOTNOTES")) {
                writer.section(section);
            }
        }
        for (JsonObject element : plan.getJsonArray("elements").getValuesAs(JsonObject.class)) {
            writer.annualHeading(element, plan);
        }
        return writer.bytes();
    }

    /**
     * The transitional plan's document: the body's name, the title, the introduction, then one table of one column,
     * a part's heading in a row ("PRÉPARER LA SUITE...", "AXE 1 : SOUTENIR…") and its numbered items in the next.
     */
    static byte[] transitionalPlan(JsonObject plan) throws IOException {
        SeedDocument writer = new SeedDocument(false);
        writer.body("Comité régional Opération Colibri");
        writer.title(plan.getString("title"));
        for (JsonObject section : plan.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            writer.section(section);
        }
        List<JsonObject> parts = plan.getJsonArray("elements").getValuesAs(JsonObject.class);
        XWPFTable table = writer.document.createTable(parts.size() * 2, 1);
        for (int at = 0; at < parts.size(); at++) {
            JsonObject part = parts.get(at);
            text(table.getRow(2 * at).getCell(0), part.containsKey("number") ? part.getString("number") + " : " + part.getString("title")
                    : part.getString("title"));
            XWPFTableCell items = table.getRow(2 * at + 1).getCell(0);
            List<JsonObject> children = children(part);
            for (int item = 0; item < children.size(); item++) {
                (item == 0 ? items.getParagraphs().get(0) : items.addParagraph()).createRun()
                        .setText(children.get(item).getString("number") + ". " + children.get(item).getString("title"));
            }
        }
        return writer.bytes();
    }

    /**
     * The Capitale work plan's document: the title and the adoption, the vision, mission, mandates, roles and
     * members (lists as bulleted paragraphs), then under each orientation's heading one table, "Priorités",
     * "Actions proposées", "Description et échéanciers": a priority's cell (its name over its bulleted description)
     * merged down the rows of its actions, an action's cell (its wording over its description) down the rows of its
     * schedule items, each item's cell its wording over its dates; the credits last.
     */
    static byte[] workPlan(JsonObject plan) throws IOException {
        SeedDocument writer = new SeedDocument(false);
        writer.title(plan.getString("title"));
        writer.body("Adopté le " + FRENCH_DAY.format(java.time.LocalDate.parse(plan.getJsonObject("adoption").getString("on"))));
        List<JsonObject> sections = plan.getJsonArray("sections").getValuesAs(JsonObject.class);
        sections.stream().filter(section -> !section.getString("kind").equals("CREDITS")).forEach(writer::listedSection);
        for (JsonObject orientation : plan.getJsonArray("elements").getValuesAs(JsonObject.class)) {
            writer.heading(orientation.getString("title"), 1);
            writer.workTable(children(orientation));
        }
        sections.stream().filter(section -> section.getString("kind").equals("CREDITS")).forEach(writer::listedSection);
        return writer.bytes();
    }

    static final String[] PRIORITY_COLUMNS = {"Priorités", "Objectifs", "Moyens (Coordination)", "Moyens (Partenaires)",
            "Plan d'action 2024-2025"};
    private static final String[] PRIORITY_LEVELS = {null, "objectif", "moyen-coordination", "moyen-partenaires", "action-annuelle"};

    /**
     * The 2024–2029 priorities' document: the title, then one 5-column table, a priority a row, its objectives and
     * means as bulleted lists, its 2024-2025 plan's actions as a list with their details nested under them.
     */
    static byte[] priorities(JsonObject plan) throws IOException {
        SeedDocument writer = new SeedDocument(false);
        writer.title(plan.getString("title"));
        List<JsonObject> priorities = plan.getJsonArray("elements").getValuesAs(JsonObject.class);
        XWPFTable table = writer.document.createTable(priorities.size() + 1, PRIORITY_COLUMNS.length);
        for (int column = 0; column < PRIORITY_COLUMNS.length; column++) {
            text(table.getRow(0).getCell(column), PRIORITY_COLUMNS[column]);
        }
        for (int row = 0; row < priorities.size(); row++) {
            JsonObject priority = priorities.get(row);
            text(table.getRow(row + 1).getCell(0), priority.getString("title"));
            for (int column = 1; column < PRIORITY_COLUMNS.length; column++) {
                String level = PRIORITY_LEVELS[column];
                List<JsonObject> listed = children(priority).stream().filter(child -> child.getString("level").equals(level)).toList();
                if (level.equals("action-annuelle")) {
                    listed = listed.stream().flatMap(annual -> children(annual).stream()).toList();
                }
                writer.list(table.getRow(row + 1).getCell(column), listed, 0);
            }
        }
        return writer.bytes();
    }

    /** Elements as a bulleted list in a cell, those under each nested one level deeper. */
    private void list(XWPFTableCell cell, List<JsonObject> elements, int depth) {
        for (JsonObject element : elements) {
            XWPFParagraph paragraph = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                    ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setNumID(bullets());
            paragraph.setNumILvl(BigInteger.valueOf(depth));
            paragraph.createRun().setText(element.getString("title"));
            list(cell, children(element), depth + 1);
        }
    }

    private static final java.time.format.DateTimeFormatter FRENCH_DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu",
            java.util.Locale.CANADA_FRENCH);
    private static final Map<String, String> SECTION_HEADINGS = Map.of("INTRODUCTION", "", "VISION", "VISION", "MISSION", "MISSION",
            "MANDATES", "MANDATS", "ROLES", "RÔLES");

    /** A section headed by its title or its kind's name, its "- " lines as bulleted items (indented ones deeper). */
    private void listedSection(JsonObject section) {
        String heading = section.containsKey("title") && !section.isNull("title") ? section.getString("title")
                : SECTION_HEADINGS.get(section.getString("kind"));
        if (heading != null && !heading.isEmpty()) {
            heading(heading, 1);
        }
        if (!section.containsKey("text")) {
            return;
        }
        for (String line : section.getString("text").split("\n")) {
            if (line.strip().startsWith("- ")) {
                item(line.strip().substring(2));
            } else if (!line.isBlank()) {
                body(line);
            }
        }
    }

    private void workTable(List<JsonObject> priorities) {
        List<JsonObject> actions = priorities.stream().flatMap(priority -> children(priority).stream()).toList();
        int rows = 1 + actions.stream().mapToInt(action -> Math.max(1, children(action).size())).sum();
        XWPFTable table = document.createTable(rows, 3);
        String[] headers = {"Priorités", "Actions proposées", "Description et échéanciers"};
        for (int column = 0; column < 3; column++) {
            text(table.getRow(0).getCell(column), headers[column]);
        }
        int row = 1;
        for (JsonObject priority : priorities) {
            int prioritySpan = children(priority).stream().mapToInt(action -> Math.max(1, children(action).size())).sum();
            for (int at = 0; at < prioritySpan; at++) {
                merge(table.getRow(row + at).getCell(0), prioritySpan, at);
            }
            lines(table.getRow(row).getCell(0), priority.getString("title"), text(priority, "description"));
            for (JsonObject action : children(priority)) {
                List<JsonObject> items = children(action);
                int span = Math.max(1, items.size());
                for (int at = 0; at < span; at++) {
                    merge(table.getRow(row + at).getCell(1), span, at);
                    if (!items.isEmpty()) {
                        lines(table.getRow(row + at).getCell(2), items.get(at).getString("title"), text(items.get(at), "schedule"));
                    }
                }
                lines(table.getRow(row).getCell(1), action.getString("title"), text(action, "description"));
                row += span;
            }
        }
    }

    /** A cell's first line, then the lines of a text below it (none when null). */
    private static void lines(XWPFTableCell cell, String first, String below) {
        text(cell, first);
        if (below != null) {
            for (String line : below.split("\n")) {
                if (!line.isBlank()) {
                    cell.addParagraph().createRun().setText(line);
                }
            }
        }
    }

    private static String text(JsonObject element, String key) {
        return element.containsKey(key) && !element.isNull(key) ? element.getString(key) : null;
    }

    private void title(String title) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Title");
        paragraph.createRun().setText(title);
    }

    /** A section's heading (none for one the document does not head), its lines, a member list as a table. */
    private void section(JsonObject section) {
        if (section.containsKey("title") && !section.isNull("title")) {
            heading(section.getString("title"), 1);
        }
        List<String> lines = List.of(section.getString("text").split("\n"));
        if (section.getString("kind").equals("MEMBERS")) {
            XWPFTable table = document.createTable(lines.size(), 3);
            for (int row = 0; row < lines.size(); row++) {
                String[] cells = lines.get(row).split(", ", 3);
                for (int column = 0; column < 3; column++) {
                    text(table.getRow(row).getCell(column), column < cells.length ? cells[column] : "");
                }
            }
            return;
        }
        lines.stream().filter(line -> !line.isBlank()).forEach(this::body);
    }

    /** An axis, orientation or objective: its label alone, then its title, then its description, then what it holds. */
    private void annualHeading(JsonObject element, JsonObject plan) {
        String level = element.getString("level");
        int depth = HEADING_LEVELS.get(level);
        if (element.containsKey("number")) {
            String number = element.getString("number");
            heading(level.equals("orientation") ? "Orientation " + number : number, depth);
        }
        heading(element.getString("title"), depth);
        if (element.containsKey("description")) {
            for (String line : element.getString("description").split("\n")) {
                if (line.startsWith("- ")) {
                    item(line.substring(2));
                } else if (!line.isBlank()) {
                    body(line);
                }
            }
        }
        List<JsonObject> children = children(element);
        List<JsonObject> actions = children.stream().filter(child -> child.getString("level").equals("action")).toList();
        if (!actions.isEmpty()) {
            actionsTable(actions);
            if (plan.getJsonArray("sections").getValuesAs(JsonObject.class).stream().anyMatch(s -> s.getString("kind").equals("FOOTNOTES"))
                    && isFirstTable) {
                plan.getJsonArray("sections").getValuesAs(JsonObject.class).stream().filter(s -> s.getString("kind").equals("FOOTNOTES"))
                        .forEach(note -> body(note.getString("text")));
            }
            isFirstTable = false;
        }
        children.stream().filter(child -> !child.getString("level").equals("action")).forEach(child -> annualHeading(child, plan));
    }

    private boolean isFirstTable = true;

    /** The 8 columns; an action's cell, and each field it fills itself, merged down the rows of its activities. */
    private void actionsTable(List<JsonObject> actions) {
        int rows = 1 + actions.stream().mapToInt(action -> Math.max(1, children(action).size())).sum();
        XWPFTable table = document.createTable(rows, ANNUAL_COLUMNS.length);
        for (int column = 0; column < ANNUAL_COLUMNS.length; column++) {
            text(table.getRow(0).getCell(column), ANNUAL_COLUMNS[column]);
        }
        int row = 1;
        for (JsonObject action : actions) {
            List<JsonObject> activities = children(action);
            int span = Math.max(1, activities.size());
            for (int at = 0; at < span; at++) {
                JsonObject activity = activities.isEmpty() ? null : activities.get(at);
                for (int column = 0; column < ANNUAL_COLUMNS.length; column++) {
                    XWPFTableCell cell = table.getRow(row + at).getCell(column);
                    String field = ANNUAL_FIELDS[column];
                    boolean actionOwns = column == 0 || field != null && action.containsKey(field);
                    if (actionOwns) {
                        merge(cell, span, at);
                        if (at == 0) {
                            value(cell, action, column == 0 ? null : field, column == 0 ? action.getString("number") + ". " + action.getString("title") : null);
                        }
                    } else if (activity != null) {
                        value(cell, activity, field, column == 1 ? activity.getString("title") : null);
                    }
                }
            }
            row += span;
        }
    }

    private static void merge(XWPFTableCell cell, int span, int at) {
        if (span > 1) {
            cell.getCTTc().addNewTcPr().addNewVMerge().setVal(at == 0 ? STMerge.RESTART : STMerge.CONTINUE);
        }
    }

    /** A cell: the given text, else the element's field (a list as bulleted paragraphs, paragraphs as such). */
    private void value(XWPFTableCell cell, JsonObject element, String field, String text) {
        if (text != null) {
            text(cell, text);
            return;
        }
        if (field == null || !element.containsKey(field)) {
            return;
        }
        JsonValue value = element.get(field);
        if (value instanceof JsonArray items) {
            List<String> lines = items.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            for (int at = 0; at < lines.size(); at++) {
                XWPFParagraph paragraph = at == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                paragraph.setNumID(bullets());
                paragraph.createRun().setText(lines.get(at));
            }
        } else {
            List<String> paragraphs = new ArrayList<>(List.of(((JsonString) value).getString().split("\n+")));
            for (int at = 0; at < paragraphs.size(); at++) {
                (at == 0 ? cell.getParagraphs().get(0) : cell.addParagraph()).createRun().setText(paragraphs.get(at));
            }
        }
    }

    private static void text(XWPFTableCell cell, String text) {
        cell.getParagraphs().get(0).createRun().setText(text);
    }

    private void heading(String text, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        if (styled) {
            paragraph.setStyle("Heading" + level);
        }
        paragraph.createRun().setText(text);
        paragraph.getRuns().get(0).setBold(true);
    }

    private void body(String text) {
        document.createParagraph().createRun().setText(text);
    }

    private void item(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(bullets());
        paragraph.createRun().setText(text);
    }

    private BigInteger bullets() {
        if (bullets == null) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(STNumberFormat.BULLET);
            level.addNewLvlText().setVal("•");
            XWPFNumbering numbering = document.createNumbering();
            bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
        }
        return bullets;
    }

    private static List<JsonObject> children(JsonObject element) {
        return element.containsKey("children") ? element.getJsonArray("children").getValuesAs(JsonObject.class) : List.of();
    }

    private byte[] bytes() throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        }
    }
}
