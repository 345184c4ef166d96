package ca.concerto.domain.model.plan;

/** How a schedule reads: one day, a stretch of time, something that recurs, or not decided yet. */
public enum ScheduleKind {
    DATE,
    PERIOD,
    RECURRING,
    UNDETERMINED
}
