package ca.concerto.domain.model.document;

import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.TemplateLevel;
import ca.concerto.domain.model.text.Folding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a document becomes a plan of a template: which template level each kind of heading makes (or a section
 * of the plan's text, or nothing), and what each table column holds (a level's elements, a field, or nothing).
 * Concerto proposes one from the words the document and the template share; the person changes it.
 *
 * @param headings by heading key ({@link HeadingPattern#key()}): "level:" + a level code, {@link #SECTION} (a
 *     section of the plan's text) or {@link #IGNORE}
 * @param columns by column header as the document writes it: "level:" + a level code, {@link #ELEMENT} (each cell
 *     names its level), "field:" + an {@link ElementField}, or {@link #IGNORE}
 */
public record DocumentMapping(Map<String, String> headings, Map<String, String> columns) implements java.io.Serializable {

    public static final String SECTION = "section";
    public static final String IGNORE = "ignore";
    /** A column whose cells name their level before their title: "Action 1 — Diffuser…" (Concerto's own tables). */
    public static final String ELEMENT = "element";
    public static final String LEVEL = "level:";
    public static final String FIELD = "field:";

    /** The fields the bodies' tables name, by the words of their headers (accents, case and plurals aside). */
    private static final Map<String, ElementField> FIELD_WORDS = new LinkedHashMap<>();

    static {
        FIELD_WORDS.put("echeancier", ElementField.SCHEDULE);
        FIELD_WORDS.put("echeance", ElementField.SCHEDULE);
        FIELD_WORDS.put("schedule", ElementField.SCHEDULE);
        FIELD_WORDS.put("description et echeancier", ElementField.SCHEDULE);
        FIELD_WORDS.put("porteur", ElementField.LEAD);
        FIELD_WORDS.put("responsable", ElementField.LEAD);
        FIELD_WORDS.put("lead", ElementField.LEAD);
        FIELD_WORDS.put("collaborateur", ElementField.COLLABORATORS);
        FIELD_WORDS.put("partenaire", ElementField.COLLABORATORS);
        FIELD_WORDS.put("collaborator", ElementField.COLLABORATORS);
        FIELD_WORDS.put("indicateur", ElementField.RESULT_INDICATORS);
        FIELD_WORDS.put("indicator", ElementField.RESULT_INDICATORS);
        FIELD_WORDS.put("groupe cible", ElementField.TARGET_GROUPS);
        FIELD_WORDS.put("clientele", ElementField.TARGET_GROUPS);
        FIELD_WORDS.put("target group", ElementField.TARGET_GROUPS);
        FIELD_WORDS.put("resultat attendu", ElementField.EXPECTED_RESULTS);
        FIELD_WORDS.put("expected result", ElementField.EXPECTED_RESULTS);
        FIELD_WORDS.put("description", ElementField.DESCRIPTION);
    }

    /** Both maps keep the document's order: the preview lists heading kinds and columns as they come. */
    public DocumentMapping {
        headings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headings));
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Concerto's proposal for a document and a template. */
    public static DocumentMapping propose(DocumentOutline outline, PlanTemplate template) {
        Map<String, String> headings = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        boolean titleNext = false;
        for (DocumentOutline.Block block : DocumentReading.asRead(outline.blocks())) {
            if (block instanceof DocumentOutline.Paragraph paragraph && titleNext) {
                // The title of a label alone ("AXE 1"), not a heading of its own.
                titleNext = false;
            } else if (block instanceof DocumentOutline.Paragraph paragraph) {
                java.util.Optional<HeadingPattern> pattern = HeadingPattern.of(paragraph);
                pattern.ifPresent(found -> headings.computeIfAbsent(found.key(), key -> paragraph.titlePage() != null ? IGNORE
                        : levelNamed(template, key).or(() -> numberedPart(found, template)).map(level -> LEVEL + level.code())
                                .orElse(SECTION)));
                titleNext = pattern.filter(HeadingPattern::labelOnly).isPresent();
            } else if (block instanceof DocumentOutline.Table table && !table.rows().isEmpty()) {
                for (DocumentOutline.Cell header : table.rows().get(0).cells()) {
                    columns.computeIfAbsent(header.text(), text -> column(template, text));
                }
            }
        }
        return new DocumentMapping(headings, columns);
    }

    /**
     * Numbered headings of a name the template does not know ("AXE 1", "AXE 2" in a plan whose levels are sections
     * and items) are the document's parts, not prose: the template's top level.
     */
    private static Optional<TemplateLevel> numberedPart(HeadingPattern pattern, PlanTemplate template) {
        return pattern.number() == null ? Optional.empty() : template.childrenOf(null).stream().findFirst();
    }

    /**
     * This mapping, if every role it gives names a level the template offers, a field, a section or nothing.
     *
     * @throws InvalidInput naming the first role that does not
     */
    public DocumentMapping checkedFor(PlanTemplate template) {
        headings.forEach((key, role) -> check(template, role, "mapping.headings", false));
        columns.forEach((header, role) -> check(template, role, "mapping.columns", true));
        return this;
    }

    private static void check(PlanTemplate template, String role, String field, boolean column) {
        boolean known = role != null && (role.equals(IGNORE) || !column && role.equals(SECTION) || column && role.equals(ELEMENT)
                || role.startsWith(LEVEL) && template.level(role.substring(LEVEL.length())).filter(level -> !level.isRetired()).isPresent()
                || column && role.startsWith(FIELD) && java.util.Arrays.stream(ElementField.values())
                        .anyMatch(value -> value.name().equals(role.substring(FIELD.length()))));
        if (!known) {
            throw new InvalidInput(field, "No such role for the template " + template.code() + ": " + role);
        }
    }

    /** The same mapping with one heading key or column changed, as the person chose in the preview. */
    public DocumentMapping withHeading(String key, String role) {
        Map<String, String> changed = new LinkedHashMap<>(headings);
        changed.put(key, role);
        return new DocumentMapping(changed, columns);
    }

    public DocumentMapping withColumn(String header, String role) {
        Map<String, String> changed = new LinkedHashMap<>(columns);
        changed.put(header, role);
        return new DocumentMapping(headings, changed);
    }

    private static String column(PlanTemplate template, String header) {
        String words = words(header);
        if (words.isEmpty()) {
            return IGNORE;
        }
        if (List.of("element", "element du plan", "plan element", "libelle", "label", "intitule").contains(words)) {
            return ELEMENT;
        }
        Optional<TemplateLevel> level = levelNamed(template, words).or(() -> template.levels().stream()
                .filter(candidate -> !candidate.isRetired() && namesAPeriodOf(header, template, candidate.code())).findFirst());
        if (level.isPresent()) {
            return LEVEL + level.get().code();
        }
        return FIELD_WORDS.entrySet().stream().filter(entry -> words.startsWith(entry.getKey())).findFirst()
                .map(entry -> FIELD + entry.getValue().name()).orElse(IGNORE);
    }

    /**
     * True when a header names one element of the level for a period: the level's name with its last word given as
     * the period ("Plan d'action 2024-2025" for "Plan d'action annuel").
     */
    public static boolean namesAPeriodOf(String header, PlanTemplate template, String levelCode) {
        List<String> words = List.of(words(header).split(" "));
        int figures = 0;
        while (figures < words.size() && words.get(words.size() - 1 - figures).matches("\\d{2,4}")) {
            figures++;
        }
        if (figures == 0 || figures == words.size()) {
            return false;
        }
        String named = String.join(" ", words.subList(0, words.size() - figures));
        return template.level(levelCode).stream().flatMap(level -> java.util.stream.Stream.of(level.label(Locale.CANADA_FRENCH),
                level.label(Locale.ENGLISH))).map(label -> List.of(words(label).split(" ")))
                .anyMatch(name -> name.size() > 1 && String.join(" ", name.subList(0, name.size() - 1)).equals(named));
    }

    /**
     * A level still offered whose French or English name is these words (a code is no name: "echeancier"), or
     * the longest of their beginnings ("section axe" → "Section").
     */
    static Optional<TemplateLevel> levelNamed(PlanTemplate template, String key) {
        List<String> words = List.of(words(key).split(" "));
        for (int count = words.size(); count > 0; count--) {
            String named = String.join(" ", words.subList(0, count));
            Optional<TemplateLevel> level = template.levels().stream().filter(candidate -> !candidate.isRetired())
                    .filter(candidate -> named.equals(words(candidate.label(Locale.CANADA_FRENCH)))
                            || named.equals(words(candidate.label(Locale.ENGLISH))))
                    .findFirst();
            if (level.isPresent()) {
                return level;
            }
        }
        return Optional.empty();
    }

    /** Accents, case, punctuation and plurals aside: "Moyens (Coordination)" → "moyen coordination". */
    static String words(String text) {
        return List.of(Folding.fold(text).replaceAll("[^a-z0-9]+", " ").strip().split(" ")).stream()
                .filter(word -> !word.isEmpty()).map(word -> word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word)
                .reduce((a, b) -> a + " " + b).orElse("");
    }
}
