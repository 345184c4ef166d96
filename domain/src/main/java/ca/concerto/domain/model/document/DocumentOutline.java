package ca.concerto.domain.model.document;

import java.util.List;

/**
 * What a body's document says, in its order, read from its file and nothing more: paragraphs (with the heading
 * level of their style, and whether they are set in bold), list items, and tables whose cells know when they
 * continue the cell above (a vertically merged cell). Which of it is an axis, an action or a vision is for the
 * import's mapping to propose and the person to confirm.
 */
public record DocumentOutline(String fileName, List<Block> blocks) {

    public DocumentOutline {
        blocks = List.copyOf(blocks);
    }

    /** One part of the document's body. */
    public sealed interface Block permits Paragraph, ListItem, Table {
    }

    /**
     * A paragraph. {@code headingLevel}: 1 to 9 for Word's "Heading n" styles (or an outline level), 0 for body
     * text; {@code bold}: every letter of it is bold, as many documents set their headings; {@code titlePage}:
     * Word's "Title" or "Subtitle" style (null otherwise).
     */
    public record Paragraph(String text, int headingLevel, boolean bold, TitlePage titlePage) implements Block {

        /** A paragraph of the document's body (not of its title page). */
        public Paragraph(String text, int headingLevel, boolean bold) {
            this(text, headingLevel, bold, null);
        }

        /** True when every letter is a capital, as "AXE 1 : SOUTENIR LE DÉVELOPPEMENT…". */
        public boolean upperCase() {
            return text.chars().anyMatch(Character::isLetter) && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }
    }

    /** Word's title-page styles: the document's title, and its subtitle. */
    public enum TitlePage { TITLE, SUBTITLE }

    /** An item of a bulleted or numbered list, {@code depth} 0 at the outer level. */
    public record ListItem(String text, int depth, boolean numbered) implements Block {
    }

    /** A table, row by row; the first row is usually its header. */
    public record Table(List<Row> rows) implements Block {

        public Table {
            rows = List.copyOf(rows);
        }
    }

    public record Row(List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: its lines (paragraphs and list items, each its own line), each line's depth in a list (0 at the outer
     * level; -1 for a paragraph of no list), and whether it continues the cell above it (Word's vertical merge), so
     * that a merged action cell belongs to the row that starts it.
     */
    public record Cell(List<String> lines, List<Integer> depths, boolean continued) {

        public Cell {
            lines = List.copyOf(lines);
            depths = List.copyOf(depths);
            if (depths.size() != lines.size()) {
                throw new IllegalArgumentException("A depth for each line");
            }
        }

        /** A cell of paragraphs, no list. */
        public Cell(List<String> lines, boolean continued) {
            this(lines, java.util.Collections.nCopies(lines.size(), -1), continued);
        }

        /** True when every line is a list's item: the cell lists elements ("• Promouvoir…", "• Faire circuler…"). */
        public boolean isList() {
            return !lines.isEmpty() && depths.stream().allMatch(depth -> depth >= 0);
        }

        public String text() {
            return String.join("\n", lines);
        }
    }
}
