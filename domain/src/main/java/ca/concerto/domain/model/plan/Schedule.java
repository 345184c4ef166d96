package ca.concerto.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The "échéancier" of an action or activity. Schedules in plans are fuzzy and must stay so: the original
 * text is kept as written, and an interval and a kind are derived from it (see {@link ScheduleInterpreter})
 * so that timelines and "due this quarter" work. Text that says no time stays text, kind undetermined.
 */
@Embeddable
public class Schedule {

    @Column(name = "schedule_text")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind")
    private ScheduleKind kind;

    @Column(name = "schedule_start")
    private LocalDate start;

    @Column(name = "schedule_end")
    private LocalDate end;

    protected Schedule() {
    }

    Schedule(String text, ScheduleKind kind, LocalDate start, LocalDate end) {
        this.text = Objects.requireNonNull(text, "text");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.start = start;
        this.end = end;
    }

    /** Reads a schedule as written; recurring ones span the plan's period when it is known. */
    public static Schedule of(String text, Period planPeriod) {
        return ScheduleInterpreter.interpret(text, planPeriod);
    }

    public String text() {
        return text;
    }

    public ScheduleKind kind() {
        return kind;
    }

    public Optional<LocalDate> start() {
        return Optional.ofNullable(start);
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(end);
    }

    /** True when the schedule's interval meets [from, to]. Undetermined schedules meet nothing. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return start != null && end != null && !start.isAfter(to) && !end.isBefore(from);
    }

    /** Two schedules are the same when they say the same thing and read as the same interval. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule schedule && text.equals(schedule.text) && kind == schedule.kind
                && Objects.equals(start, schedule.start) && Objects.equals(end, schedule.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, kind, start, end);
    }

    @Override
    public String toString() {
        return text + " [" + kind + (start == null ? "" : " " + start + ".." + end) + "]";
    }
}
