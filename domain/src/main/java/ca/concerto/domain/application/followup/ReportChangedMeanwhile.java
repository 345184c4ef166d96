package ca.concerto.domain.application.followup;

import ca.concerto.domain.model.shared.ChangedMeanwhile;

/** Someone else reported on the same element and period since the person read it; nothing was saved. */
public class ReportChangedMeanwhile extends ChangedMeanwhile {

    private static final long serialVersionUID = 1L;

    private final PlanFollowUp.Report current;

    public ReportChangedMeanwhile(PlanFollowUp.Report current) {
        super("The report of " + current.period() + " changed meanwhile (now version " + current.version() + ")");
        this.current = current;
    }

    public PlanFollowUp.Report current() {
        return current;
    }
}
