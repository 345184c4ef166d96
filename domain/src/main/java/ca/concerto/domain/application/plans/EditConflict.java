package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.shared.ChangedMeanwhile;

/**
 * Someone else saved the element since the person started editing it: nothing was overwritten. Carries
 * the element as it is now, so that the person can see both versions and decide.
 */
public class EditConflict extends ChangedMeanwhile {

    private static final long serialVersionUID = 1L;

    private final PlanOutline.Element current;
    private final int currentVersion;

    public EditConflict(PlanOutline.Element current, int currentVersion) {
        super("The element " + current.id() + " changed meanwhile (now version " + currentVersion + ")");
        this.current = current;
        this.currentVersion = currentVersion;
    }

    public PlanOutline.Element current() {
        return current;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
