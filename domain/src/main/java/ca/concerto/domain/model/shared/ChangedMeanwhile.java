package ca.concerto.domain.model.shared;

/** Someone saved the same thing since the person read it; what they typed was not saved. */
public class ChangedMeanwhile extends Conflict {

    private static final long serialVersionUID = 1L;

    public ChangedMeanwhile(String detail) {
        super(Reason.CHANGED_MEANWHILE, detail);
    }
}
