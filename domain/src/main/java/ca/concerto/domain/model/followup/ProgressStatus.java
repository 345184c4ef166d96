package ca.concerto.domain.model.followup;

import java.util.OptionalInt;

/** Where an action or activity stands at a reporting period. */
public enum ProgressStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    POSTPONED,
    ABANDONED;

    /**
     * How far along this status says the work is, when it says it: nothing for postponed and abandoned
     * work, which the progress of a plan does not count.
     */
    public OptionalInt impliedPercent() {
        return switch (this) {
            case NOT_STARTED -> OptionalInt.of(0);
            case IN_PROGRESS -> OptionalInt.of(50);
            case DONE -> OptionalInt.of(100);
            case POSTPONED, ABANDONED -> OptionalInt.empty();
        };
    }

    /** True when nothing more is expected of the work: it cannot be overdue. */
    public boolean isClosed() {
        return this == DONE || this == ABANDONED;
    }
}
