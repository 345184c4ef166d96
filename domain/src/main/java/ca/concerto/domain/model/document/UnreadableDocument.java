package ca.concerto.domain.model.document;

import ca.concerto.domain.model.shared.InvalidInput;

/** A file an import cannot read as a plan's document: nothing is written, and the person is told why. */
public class UnreadableDocument extends InvalidInput {

    private static final long serialVersionUID = 1L;

    /** Why, as the API names it. */
    public enum Reason { NOT_A_DOCUMENT, ENCRYPTED, MACROS, TOO_LARGE, EMPTY, TOO_SLOW, NOTHING_RECOGNISED, NO_COLUMN_RECOGNISED, NOT_ACTIVITIES_WORKBOOK, ANOTHER_PLAN }

    private final Reason reason;

    public UnreadableDocument(Reason reason, String detail) {
        super("file", detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
