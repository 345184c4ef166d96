package ca.concerto.domain.model.workbook;

import ca.concerto.domain.model.shared.Conflict;

/** The workbook changes elements that changed in Concerto since its export, and the person chose nothing for some. */
public class UnresolvedConflicts extends Conflict {

    private static final long serialVersionUID = 1L;

    public UnresolvedConflicts(int conflicts) {
        super(Reason.UNRESOLVED_CONFLICTS, conflicts + " changes of the workbook meet changes made in Concerto since its export:"
                + " choose for each whether the workbook's or the plan's wins");
    }
}
