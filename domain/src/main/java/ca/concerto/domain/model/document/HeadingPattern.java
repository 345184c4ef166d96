package ca.concerto.domain.model.document;

import ca.concerto.domain.model.text.Folding;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of heading a paragraph is, as the document shows it: a label and a number ("AXE 1",
 * "Orientation 1.1", "1.1.1 OBJECTIF", "Priorité 2 :") give the label as the key; otherwise Word's heading style
 * ("style-2"), bold ("bold") or capitals ("caps"). The import proposes a template level per key; the person
 * changes it in the preview.
 *
 * @param key what headings of this kind share, e.g. "axe"
 * @param number the heading's number as written, e.g. "1.1.1" (null when none)
 * @param marker the label and number as the document writes them, e.g. "AXE 1", "1.1.1. OBJECTIF", "SECTION AXE 1"
 *     (null when none)
 * @param rest the heading's words after its label and number, e.g. "SOUTENIR LE DÉVELOPPEMENT…" (empty for a
 *     label alone, whose title is the next paragraph)
 */
public record HeadingPattern(String key, String number, String marker, String rest) {

    /** The longest text a heading without style is taken for; beyond, a bold paragraph is body text. */
    private static final int LONGEST = 200;

    private static final Pattern LABEL_THEN_NUMBER = Pattern.compile(
            "^(?<label>\\p{L}[\\p{L}'’-]{1,30})\\s+(?<number>\\d{1,2}(?:\\.\\d{1,2}){0,4}\\.?)(?!\\d)\\s*[:.–—-]?\\s*(?<rest>.*)$");
    private static final Pattern NUMBER_THEN_LABEL = Pattern.compile(
            "^(?<number>\\d{1,2}(?:\\.\\d{1,2}){0,4}\\.?)(?!\\d)\\s+(?<label>\\p{L}[\\p{L}'’-]{1,30})\\s*(?:[:.–—-]\\s*(?<rest>.*))?$");

    /** A label, a dash and a title, as Concerto's own documents set an element without a number: "SECTION — PRÉPARER…". */
    private static final Pattern LABEL_THEN_DASH = Pattern.compile("^(?<label>\\p{L}[^—]{0,60}?)\\s+—\\s+(?<rest>\\S.*)$");

    /** The pattern of a paragraph that reads as a heading; empty for body text. */
    public static Optional<HeadingPattern> of(DocumentOutline.Paragraph paragraph) {
        String text = paragraph.text().strip();
        if (paragraph.titlePage() != null) {
            return Optional.of(new HeadingPattern(paragraph.titlePage().name().toLowerCase(java.util.Locale.ROOT), null, null, text));
        }
        Matcher labelled = LABEL_THEN_NUMBER.matcher(text);
        if (labelled.matches() && (paragraph.headingLevel() > 0 || paragraph.bold() || paragraph.upperCase())) {
            return Optional.of(new HeadingPattern(Folding.fold(labelled.group("label")), labelled.group("number"),
                    marker(text, labelled.start("rest")), labelled.group("rest").strip()));
        }
        Matcher numbered = NUMBER_THEN_LABEL.matcher(text);
        if (numbered.matches() && (numbered.group("rest") == null || numbered.group("rest").isBlank()
                || paragraph.headingLevel() > 0 || paragraph.bold() || paragraph.upperCase())) {
            String rest = numbered.group("rest") == null ? "" : numbered.group("rest").strip();
            return Optional.of(new HeadingPattern(Folding.fold(numbered.group("label")), numbered.group("number"),
                    marker(text, rest.isEmpty() ? text.length() : numbered.start("rest")), rest));
        }
        Matcher dashed = LABEL_THEN_DASH.matcher(text);
        if (dashed.matches() && (paragraph.headingLevel() > 0 || paragraph.bold() || paragraph.upperCase())) {
            // The level's name, perhaps with the element's own number ("SECTION AXE 1 — SOUTENIR…"): the key is its
            // words without those holding figures; the reading takes the level's name off the marker.
            String label = dashed.group("label").strip();
            String key = java.util.Arrays.stream(Folding.fold(label).split("\\s+")).filter(word -> !word.matches(".*\\d.*"))
                    .collect(java.util.stream.Collectors.joining(" "));
            return Optional.of(new HeadingPattern(key, null, label, dashed.group("rest").strip()));
        }
        if (paragraph.headingLevel() > 0) {
            return Optional.of(new HeadingPattern("style-" + paragraph.headingLevel(), null, null, text));
        }
        if (text.length() <= LONGEST && paragraph.bold()) {
            return Optional.of(new HeadingPattern("bold", null, null, text));
        }
        if (text.length() <= LONGEST && paragraph.upperCase()) {
            return Optional.of(new HeadingPattern("caps", null, null, text));
        }
        return Optional.empty();
    }

    /** The text before the heading's own words, without the separator: "AXE 1 : SOUTENIR…" → "AXE 1". */
    private static String marker(String text, int restStart) {
        return text.substring(0, restStart).replaceAll("[\\s:–—-]+$", "").strip();
    }

    /** A label and its number alone ("AXE 1", "1.1.1 OBJECTIF"): the next paragraph is its title. */
    public boolean labelOnly() {
        return number != null && rest.isEmpty();
    }

    /** A level's name, a dash and a title, as Concerto's documents write an element ("ACTION PROPOSÉE — …"). */
    public boolean dashed() {
        return number == null && marker != null;
    }
}
