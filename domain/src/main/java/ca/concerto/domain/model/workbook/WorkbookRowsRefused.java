package ca.concerto.domain.model.workbook;

import ca.concerto.domain.model.shared.InvalidInput;
import java.util.List;

/** Rows of the workbook cannot be read as they are: nothing is applied until the person corrects them. */
public class WorkbookRowsRefused extends InvalidInput {

    private static final long serialVersionUID = 1L;

    private final transient List<WorkbookChanges.RowProblem> problems;

    public WorkbookRowsRefused(List<WorkbookChanges.RowProblem> problems) {
        super("file", problems.size() + " rows cannot be read: " + problems.get(0).detail());
        this.problems = List.copyOf(problems);
    }

    public List<WorkbookChanges.RowProblem> problems() {
        return problems;
    }
}
