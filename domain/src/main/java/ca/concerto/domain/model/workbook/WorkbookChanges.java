package ca.concerto.domain.model.workbook;

import java.io.Serializable;
import java.util.List;

/**
 * What importing an edited activities workbook would change in its plan: each element whose fields the person
 * changed, each row they added, each row they deleted; the rows that cannot be read as they are. A change is
 * {@code conflicting} when the element changed in Concerto since the export (or was removed there): it is applied
 * only when the person chooses it, and left out when they choose the plan's.
 */
public record WorkbookChanges(String fileName, List<Change> changes, List<RowProblem> problems) implements Serializable {

    public WorkbookChanges {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public List<Change> conflicts() {
        return changes.stream().filter(Change::conflicting).toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public enum Kind { CHANGED, ADDED, REMOVED }

    /**
     * One change. {@code line}: the row in the sheet (none for a removal); {@code elementId}: the element changed or
     * removed; for an added row, the element removed in Concerto since the export that it would add again, or the
     * element of the same wording added there since (then a conflict); {@code placement}: where an added row goes.
     */
    public record Change(Kind kind, Integer line, Long elementId, String title, List<FieldChange> fields,
            Placement placement, boolean conflicting) implements Serializable {

        public Change {
            fields = List.copyOf(fields);
        }

        /** The key by which the person chooses a conflict: its element. */
        public long conflictKey() {
            return elementId;
        }
    }

    /** A field as the plan has it now and as the workbook writes it ("" for none; a list one item a line). */
    public record FieldChange(ActivityColumn field, String now, String workbook) implements Serializable {
    }

    /**
     * Where an added row goes: under an element of the plan ({@code parentId}; both null: at the top), or under a
     * row added above it ({@code parentLine}), at the template's level.
     */
    public record Placement(Long parentId, Integer parentLine, String levelCode) implements Serializable {
    }

    /** A row that cannot be read as it is; nothing is applied until the person corrects it. */
    public record RowProblem(int line, Trouble trouble, String detail) implements Serializable {
    }

    /** What is wrong with a row, as the API names it. */
    public enum Trouble {
        /** its reference is of no element of this plan (copied from another workbook?) */
        UNKNOWN_REFERENCE,
        /** a copied row: two rows stand for one element */
        REPEATED_REFERENCE,
        NO_TITLE,
        TOO_LONG,
        /** its "under" names nothing in the plan */
        UNKNOWN_PLACE,
        /** its "under" names several elements */
        AMBIGUOUS_PLACE,
        /** its level is none of the template's, or none can be chosen for it */
        UNKNOWN_LEVEL,
        /** the template has no such level there */
        LEVEL_NOT_ALLOWED,
        /** it is kept while the row of an element above it was deleted */
        UNDER_REMOVED
    }
}
