package ca.concerto.domain.model.document;

import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.text.Folding;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's outline with a mapping into what a plan of the template would hold ({@link ImportPreview}):
 * headings open elements at the levels the mapping gives their kind, under the nearest open element of a level
 * above; a table's rows make the elements of its level columns, a cell merged down the rows belonging to the row
 * that starts it, and its field columns fill the row's element (a merged field cell, the merged element's);
 * other headings open sections of the plan's text. What goes nowhere is listed.
 */
public final class DocumentReading {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,4})[.)]?\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern ADOPTION = Pattern.compile(
            "adopt[ée]+\\s+(?:par\\s+(?:le\\s+|la\\s+|les\\s+)?(?<by>.+?)\\s+)?le\\s+(?<day>\\d{1,2})(?:er)?\\s+(?<month>\\p{L}+)\\s+(?<year>\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile("^(?<label>.{1,80}?)\\s+—\\s+(?<title>\\S.*)$");
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.CANADA_FRENCH)
            .withResolverStyle(ResolverStyle.STRICT);

    private final PlanTemplate template;
    private final DocumentMapping mapping;
    private final List<Draft> roots = new ArrayList<>();
    private final Deque<Draft> open = new ArrayDeque<>();
    private final List<SectionDraft> sections = new ArrayList<>();
    private final List<String> unplaced = new ArrayList<>();
    private SectionDraft section;
    private Draft lastElement;
    private String pendingLevel;
    private String pendingNumber;
    private ImportPreview.Adoption adoption;
    private String title;
    /** A table was read last, no heading since: text now is a note on it ("* Porteur : …"), not an element's. */
    private boolean afterTable;
    /** Under a heading the person chose not to import: its text is left aside with it. */
    private boolean ignoring;

    private DocumentReading(PlanTemplate template, DocumentMapping mapping) {
        this.template = template;
        this.mapping = mapping;
    }

    public static ImportPreview read(DocumentOutline outline, PlanTemplate template, DocumentMapping mapping) {
        DocumentReading reading = new DocumentReading(template, mapping);
        asRead(outline.blocks()).forEach(reading::block);
        return reading.preview();
    }

    /**
     * The blocks as the reading takes them: a table of one column lays out the page (a heading in a shaded cell, its
     * items below), and its lines are read as paragraphs.
     */
    static List<DocumentOutline.Block> asRead(List<DocumentOutline.Block> blocks) {
        List<DocumentOutline.Block> read = new ArrayList<>();
        for (DocumentOutline.Block block : blocks) {
            if (block instanceof DocumentOutline.Table table && !table.rows().isEmpty()
                    && table.rows().stream().allMatch(row -> row.cells().size() == 1)) {
                table.rows().forEach(row -> row.cells().get(0).lines().forEach(line -> read.add(new DocumentOutline.Paragraph(line, 0, false))));
            } else {
                read.add(block);
            }
        }
        return read;
    }

    private void block(DocumentOutline.Block block) {
        if (!(block instanceof DocumentOutline.Table) && afterTable && section == null && !(block instanceof DocumentOutline.Paragraph paragraph
                && HeadingPattern.of(paragraph).isPresent())) {
            section = new SectionDraft(SectionKind.FOOTNOTES, null);
            sections.add(section);
        }
        if (!(block instanceof DocumentOutline.Table)) {
            afterTable = false;
        }
        if (block instanceof DocumentOutline.Paragraph paragraph) {
            paragraph(paragraph);
        } else if (block instanceof DocumentOutline.ListItem item) {
            text("  ".repeat(item.depth()) + "- " + item.text());
        } else if (block instanceof DocumentOutline.Table table) {
            table(table);
        }
    }

    private void paragraph(DocumentOutline.Paragraph paragraph) {
        if (HeadingPattern.of(paragraph).isPresent()) {
            ignoring = false;
        }
        noticeAdoption(paragraph.text());
        if (title == null && paragraph.titlePage() == DocumentOutline.TitlePage.TITLE) {
            // The document's title is the plan's, proposed as such: placed.
            title = paragraph.text();
            return;
        }
        if (pendingLevel != null) {
            element(pendingLevel, pendingNumber, paragraph.text());
            pendingLevel = null;
            return;
        }
        HeadingPattern pattern = HeadingPattern.of(paragraph).orElse(null);
        String role = pattern == null ? null : mapping.headings().getOrDefault(pattern.key(), DocumentMapping.SECTION);
        if (role == null) {
            text(paragraph.text());
        } else if (role.equals(DocumentMapping.IGNORE)) {
            unplaced.add(paragraph.text());
            section = null;
            ignoring = true;
        } else if (!role.startsWith(DocumentMapping.LEVEL)) {
            section = new SectionDraft(kindOf(paragraph.text()), paragraph.text());
            sections.add(section);
        } else if (pattern.labelOnly()) {
            pendingLevel = role.substring(DocumentMapping.LEVEL.length());
            pendingNumber = pattern.marker();
        } else {
            String levelCode = role.substring(DocumentMapping.LEVEL.length());
            if (pattern.dashed()) {
                element(levelCode, numberAfterName(pattern.marker(), levelCode), pattern.rest());
            } else {
                element(levelCode, pattern.marker(), pattern.number() == null ? paragraph.text() : pattern.rest());
            }
        }
    }

    /**
     * Body text: a numbered line ("1. Compléter le comité exécutif.") under a part of the plan is an element of the
     * level below it; other text goes in the open section, else in the description of the last element, else, before
     * anything of the plan, in its introduction.
     */
    private void text(String text) {
        noticeAdoption(text);
        if (ignoring) {
            unplaced.add(text);
            return;
        }
        Matcher numbered = LEADING_NUMBER.matcher(text);
        if (numbered.matches() && item(numbered.group(1), numbered.group(2))) {
            return;
        }
        if (section == null && lastElement == null && roots.isEmpty()) {
            section = new SectionDraft(SectionKind.INTRODUCTION, null);
            sections.add(section);
        }
        if (section != null) {
            section.lines.add(text);
        } else {
            lastElement.description.add(text);
        }
    }

    /**
     * A numbered item under the open part of the plan whose level has one level below it: an element of that level.
     * A heading of no section's words just before the first item heads such a part (see {@link #partOf}).
     */
    private boolean item(String number, String title) {
        if (section != null && section.lines.isEmpty()) {
            partOf(section);
        }
        // Under a part whose text has begun, a numbered line is that text's ("1. Mobiliser…" in a description).
        Draft holder = section == null && open.peek() != null && open.peek().description.isEmpty() ? open.peek() : null;
        List<ca.concerto.domain.model.template.TemplateLevel> below = holder == null ? List.of() : template.childrenOf(holder.levelCode);
        if (below.size() != 1) {
            return false;
        }
        attach(new Draft(below.get(0).code(), number, title), holder);
        return true;
    }

    /**
     * A heading of no section's words (no vision, no credits…) over the plan's own content (numbered items, a table
     * of actions) heads a part of the plan: an element of the template's top level, its text the description.
     */
    private void partOf(SectionDraft heading) {
        if (heading.kind != SectionKind.OTHER || heading.title == null || template.childrenOf(null).isEmpty()) {
            return;
        }
        sections.remove(heading);
        element(template.childrenOf(null).get(0).code(), null, heading.title).description.addAll(heading.lines);
    }

    private void noticeAdoption(String text) {
        Matcher adopted = ADOPTION.matcher(text);
        if (adoption == null && adopted.find()) {
            try {
                LocalDate on = LocalDate.parse(adopted.group("day") + " " + adopted.group("month").toLowerCase(Locale.CANADA_FRENCH)
                        + " " + adopted.group("year"), FRENCH_DAY);
                adoption = new ImportPreview.Adoption(on, adopted.group("by"));
            } catch (DateTimeParseException notADay) {
                // A sentence about an adoption without a day one can read: left to the person.
            }
        }
    }

    /** What follows the level's name in a marker, as written ("SECTION AXE 1" → "AXE 1"); null when nothing does. */
    private String numberAfterName(String marker, String levelCode) {
        String[] words = marker.strip().split("\\s+");
        List<String> names = template.level(levelCode).stream()
                .flatMap(level -> java.util.stream.Stream.of(level.label(Locale.CANADA_FRENCH), level.label(Locale.ENGLISH)))
                .map(DocumentMapping::words).toList();
        int named = 0;
        for (int count = 1; count <= words.length; count++) {
            if (names.contains(DocumentMapping.words(String.join(" ", java.util.Arrays.copyOfRange(words, 0, count))))) {
                named = count;
            }
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, named, words.length)).strip();
        return rest.isEmpty() ? null : rest;
    }

    /** An element of a heading, under the nearest open element of a level above its own. */
    private Draft element(String levelCode, String number, String title) {
        section = null;
        while (!open.isEmpty() && !isBelow(levelCode, open.peek().levelCode)) {
            open.pop();
        }
        Draft element = new Draft(levelCode, number, title);
        attach(element, open.peek());
        open.push(element);
        return element;
    }

    private void attach(Draft element, Draft parent) {
        if (parent == null) {
            roots.add(element);
        } else {
            parent.children.add(element);
        }
        lastElement = element;
    }

    private void table(DocumentOutline.Table table) {
        List<DocumentOutline.Row> rows = table.rows();
        List<String> roles = rows.isEmpty() ? List.of() : rows.get(0).cells().stream()
                .map(header -> mapping.columns().getOrDefault(header.text(), DocumentMapping.IGNORE)).toList();
        if (rows.size() < 2 || roles.stream().allMatch(DocumentMapping.IGNORE::equals)) {
            // A table of no plan's columns (a member list): its rows are lines of the open section's text.
            for (DocumentOutline.Row row : rows) {
                String line = row.cells().stream().map(DocumentOutline.Cell::text).filter(text -> !text.isBlank())
                        .collect(java.util.stream.Collectors.joining(", "));
                if (!line.isEmpty()) {
                    if (section != null) {
                        section.lines.add(line);
                    } else {
                        unplaced.add(line);
                    }
                }
            }
            return;
        }
        if (section != null && roles.stream().anyMatch(role -> role.startsWith(DocumentMapping.LEVEL))) {
            partOf(section);
        }
        section = null;
        afterTable = true;
        Draft heading = open.peek();
        Draft[] lastInColumn = new Draft[roles.size()];
        // A level column whose header names an element rather than its level ("Plan d'action 2024-2025" for the
        // level "Plan d'action annuel"): each cell is that element, its list the elements under it.
        List<String> headers = new ArrayList<>();
        for (int column = 0; column < roles.size(); column++) {
            String header = rows.get(0).cells().get(column).text();
            headers.add(roles.get(column).startsWith(DocumentMapping.LEVEL) && DocumentMapping.namesAPeriodOf(header,
                    template, roles.get(column).substring(DocumentMapping.LEVEL.length())) ? header : null);
        }
        for (int index = 1; index < rows.size(); index++) {
            List<DocumentOutline.Cell> cells = rows.get(index).cells();
            DocumentOutline.Row next = index + 1 < rows.size() ? rows.get(index + 1) : null;
            Draft deepest = null;
            Draft mergedStart = null;
            // The outermost element the row holds whole (its cell not merged down): an action with one activity
            // fills the row's field cells itself, as the plans' tables read.
            Draft rowOwner = null;
            // The row's elements, left to right: a level's cell goes under the nearest of a level above its own
            // (the priorities' objectives and means are each the priority's), else under the heading.
            List<Draft> inRow = new ArrayList<>();
            for (int column = 0; column < Math.min(cells.size(), roles.size()); column++) {
                if (roles.get(column).equals(DocumentMapping.ELEMENT) && !cells.get(column).lines().isEmpty()) {
                    Draft named = namedElement(cells.get(column));
                    if (named != null) {
                        deepest = named;
                    }
                    continue;
                }
                if (!roles.get(column).startsWith(DocumentMapping.LEVEL)) {
                    continue;
                }
                DocumentOutline.Cell cell = cells.get(column);
                String levelCode = roles.get(column).substring(DocumentMapping.LEVEL.length());
                Draft parent = heading;
                for (int at = inRow.size() - 1; at >= 0; at--) {
                    if (isBelow(levelCode, inRow.get(at).levelCode)) {
                        parent = inRow.get(at);
                        break;
                    }
                }
                Draft element;
                if (cell.continued() && lastInColumn[column] != null) {
                    element = lastInColumn[column];
                } else if (!cell.lines().isEmpty() && (cell.isList() || headers.get(column) != null)) {
                    element = listedElements(levelCode, headers.get(column), cell, parent);
                    lastInColumn[column] = element;
                } else if (!cell.lines().isEmpty()) {
                    element = cellElement(levelCode, cell, parent);
                    lastInColumn[column] = element;
                    if (mergedStart == null && startsMerge(next, column)) {
                        mergedStart = element;
                    }
                    if (rowOwner == null && !startsMerge(next, column)) {
                        rowOwner = element;
                    }
                } else {
                    continue;
                }
                inRow.add(element);
                deepest = element;
            }
            for (int column = 0; column < Math.min(cells.size(), roles.size()); column++) {
                DocumentOutline.Cell cell = cells.get(column);
                if (roles.get(column).startsWith(DocumentMapping.FIELD) && !cell.continued() && !cell.lines().isEmpty()) {
                    Draft target = startsMerge(next, column) && mergedStart != null ? mergedStart
                            : rowOwner != null ? rowOwner : deepest;
                    if (target == null) {
                        unplaced.addAll(cell.lines());
                    } else {
                        target.fill(ElementField.valueOf(roles.get(column).substring(DocumentMapping.FIELD.length())), cell.lines());
                    }
                } else if (roles.get(column).equals(DocumentMapping.IGNORE) && !cell.continued()) {
                    unplaced.addAll(cell.lines());
                }
            }
        }
    }

    /**
     * A cell that names its level before its title ("Action 1 — Diffuser le cadre", "Activité — Rencontre"): an
     * element of that level, placed like a heading's; the cell's other lines its description. Null, and the
     * cell's text unplaced, when no level of the template has that name.
     */
    private Draft namedElement(DocumentOutline.Cell cell) {
        Matcher named = NAMED.matcher(cell.lines().get(0));
        String label = named.matches() ? Folding.fold(named.group("label")) : "";
        // The longest name the label begins with, French names first: "Détail" is no "Précision" whose English is "Detail".
        java.util.Optional<ca.concerto.domain.model.template.TemplateLevel> level = java.util.Optional.empty();
        for (Locale language : List.of(Locale.CANADA_FRENCH, Locale.ENGLISH)) {
            if (level.isEmpty()) {
                level = template.levels().stream().filter(candidate -> !candidate.isRetired())
                        .filter(candidate -> label.startsWith(Folding.fold(candidate.label(language))))
                        .max(java.util.Comparator.comparingInt(candidate -> candidate.label(language).length()));
            }
        }
        if (level.isEmpty()) {
            unplaced.addAll(cell.lines());
            return null;
        }
        boolean numbered = !label.equals(Folding.fold(level.get().label(Locale.CANADA_FRENCH)))
                && !label.equals(Folding.fold(level.get().label(Locale.ENGLISH)));
        Draft element = element(level.get().code(), numbered ? named.group("label").strip() : null, named.group("title"));
        element.description.addAll(cell.lines().subList(1, cell.lines().size()));
        return element;
    }

    /**
     * A cell that lists elements: each item at the list's outer level an element of the column's level, each item
     * under it one of the level below, and so on ("• Définition d'une thématique…" over "◦ Octobre : littératie…").
     * A column whose header names an element ({@code named}) makes that element first, the list under it.
     *
     * @return the cell's element: the named one, else the last of the outer items
     */
    private Draft listedElements(String levelCode, String named, DocumentOutline.Cell cell, Draft parent) {
        Draft holder = named == null ? parent : attached(new Draft(levelCode, null, named), parent);
        String itemLevel = named == null ? levelCode : only(template.childrenOf(levelCode));
        int outer = cell.depths().stream().mapToInt(Integer::intValue).filter(depth -> depth >= 0).min().orElse(0);
        Deque<Draft> items = new ArrayDeque<>();
        Draft last = holder;
        for (int line = 0; line < cell.lines().size(); line++) {
            int depth = Math.max(0, cell.depths().get(line) - outer);
            while (items.size() > depth) {
                items.pop();
            }
            Draft above = items.isEmpty() ? holder : items.peek();
            String level = items.isEmpty() ? itemLevel : only(template.childrenOf(above.levelCode));
            if (level == null) {
                (above == null ? unplaced : above.description).add(cell.lines().get(line));
                continue;
            }
            Draft item = attached(new Draft(level, null, cell.lines().get(line)), above);
            items.push(item);
            if (items.size() == 1) {
                last = item;
            }
        }
        return named == null ? last : holder;
    }

    private Draft attached(Draft element, Draft parent) {
        attach(element, parent);
        return element;
    }

    /** The one level below another; null when there is none or several. */
    private static String only(List<ca.concerto.domain.model.template.TemplateLevel> levels) {
        return levels.size() == 1 ? levels.get(0).code() : null;
    }

    /**
     * A level's cell: its first line the element's number and title; the lines below, its description, or its
     * schedule when its level carries a schedule and no description (a work plan's "Description et échéanciers":
     * "Préparer et animer cinq réunions…" over "28 septembre 2021, 17 novembre 2021…").
     */
    private Draft cellElement(String levelCode, DocumentOutline.Cell cell, Draft parent) {
        Matcher numbered = LEADING_NUMBER.matcher(cell.lines().get(0));
        String number = numbered.matches() ? numbered.group(1) : null;
        String title = numbered.matches() ? numbered.group(2) : cell.lines().get(0);
        Draft element = new Draft(levelCode, number, title);
        List<String> below = cell.lines().subList(1, cell.lines().size());
        java.util.Set<ElementField> carried = template.level(levelCode).map(level -> level.fields()).orElse(java.util.Set.of());
        if (!below.isEmpty() && carried.contains(ElementField.SCHEDULE) && !carried.contains(ElementField.DESCRIPTION)) {
            element.fill(ElementField.SCHEDULE, below);
        } else {
            element.description.addAll(below);
        }
        attach(element, parent);
        return element;
    }

    private static boolean startsMerge(DocumentOutline.Row next, int column) {
        return next != null && column < next.cells().size() && next.cells().get(column).continued();
    }

    /** True when the level sits below the other in the template, levels between may be skipped. */
    private boolean isBelow(String levelCode, String ancestorCode) {
        String at = template.level(levelCode).map(level -> level.parentCode()).orElse(null);
        while (at != null) {
            if (at.equals(ancestorCode)) {
                return true;
            }
            String current = at;
            at = template.level(current).map(level -> level.parentCode()).orElse(null);
        }
        return false;
    }

    /** The words a section's heading begins with, or holds, and the kind they say. */
    private static final List<java.util.Map.Entry<String, SectionKind>> KIND_WORDS = List.of(
            java.util.Map.entry("vision", SectionKind.VISION), java.util.Map.entry("mission", SectionKind.MISSION),
            java.util.Map.entry("mandat", SectionKind.MANDATES), java.util.Map.entry("role", SectionKind.ROLES),
            java.util.Map.entry("historique", SectionKind.HISTORY), java.util.Map.entry("history", SectionKind.HISTORY),
            java.util.Map.entry("credit", SectionKind.CREDITS), java.util.Map.entry("remerci", SectionKind.CREDITS),
            java.util.Map.entry("redige", SectionKind.CREDITS), java.util.Map.entry("revision", SectionKind.CREDITS),
            java.util.Map.entry("membre", SectionKind.MEMBERS), java.util.Map.entry("member", SectionKind.MEMBERS),
            java.util.Map.entry("introduction", SectionKind.INTRODUCTION), java.util.Map.entry("contexte", SectionKind.INTRODUCTION),
            java.util.Map.entry("note", SectionKind.FOOTNOTES), java.util.Map.entry("source", SectionKind.FOOTNOTES));

    /**
     * The kind of a section by its heading's words: the word it begins with first ("Révision linguistique…" are
     * credits, "Rédigé… avec les membres…" too), else a word it holds ("Les membres du comité exécutif").
     */
    private static SectionKind kindOf(String title) {
        String words = Folding.fold(title).replaceAll("[^a-z0-9]+", " ").strip();
        for (boolean begins : List.of(true, false)) {
            for (java.util.Map.Entry<String, SectionKind> entry : KIND_WORDS) {
                if (begins ? words.startsWith(entry.getKey()) : Pattern.compile("\\b" + entry.getKey()).matcher(words).find()) {
                    return entry.getValue();
                }
            }
        }
        return SectionKind.OTHER;
    }

    private ImportPreview preview() {
        return new ImportPreview(title, roots.stream().map(Draft::node).toList(),
                sections.stream().map(draft -> new ImportPreview.Section(draft.kind, draft.title,
                        draft.lines.isEmpty() ? null : String.join("\n", draft.lines))).toList(),
                adoption, unplaced);
    }

    /** A section being read: its heading and the lines under it. */
    private static final class SectionDraft {
        private final SectionKind kind;
        private final String title;
        private final List<String> lines = new ArrayList<>();

        SectionDraft(SectionKind kind, String title) {
            this.kind = kind;
            this.title = title;
        }
    }

    /** An element being read. */
    private static final class Draft {
        private final String levelCode;
        private final String number;
        private final String title;
        private final List<String> description = new ArrayList<>();
        private final List<Draft> children = new ArrayList<>();
        private final List<String> collaborators = new ArrayList<>();
        private final List<String> indicators = new ArrayList<>();
        private final List<String> targetGroups = new ArrayList<>();
        private String schedule;
        private String lead;
        private String expectedResults;

        Draft(String levelCode, String number, String title) {
            this.levelCode = levelCode;
            this.number = number;
            this.title = Objects.requireNonNull(title).strip();
        }

        void fill(ElementField field, List<String> lines) {
            switch (field) {
                case SCHEDULE -> schedule = String.join(" ", lines);
                case LEAD -> lead = String.join(" ", lines);
                case COLLABORATORS -> collaborators.addAll(lines);
                case RESULT_INDICATORS -> indicators.addAll(lines);
                case TARGET_GROUPS -> targetGroups.addAll(lines);
                case EXPECTED_RESULTS -> expectedResults = String.join("\n\n", lines);
                case DESCRIPTION -> description.addAll(lines);
                case FIELDS_OF_ACTION -> description.addAll(lines);
            }
        }

        ImportPreview.Node node() {
            return new ImportPreview.Node(levelCode, number, title, description.isEmpty() ? null : String.join("\n", description),
                    schedule, lead, collaborators, indicators, targetGroups, expectedResults,
                    children.stream().map(Draft::node).toList());
        }
    }
}
