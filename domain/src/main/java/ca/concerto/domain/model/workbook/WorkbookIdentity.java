package ca.concerto.domain.model.workbook;

/**
 * How an activities workbook carries what it is of: a sheet hidden from the person, whose first row names the
 * plan, whose second names the body, and whose rows from the fourth on list each exported element with its
 * version. Written by the export, read by the import.
 */
public final class WorkbookIdentity {

    public static final String SHEET = "Concerto";
    public static final String PLAN = "plan";
    public static final String BODY = "body";
    public static final String ELEMENTS = "elements";
    /** The row (from 0) of the first exported element. */
    public static final int FIRST_ELEMENT_ROW = 3;

    private WorkbookIdentity() {
    }
}
