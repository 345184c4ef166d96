package ca.concerto.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The "échéancier" of an action or activity. Schedules in plans are fuzzy and must stay so: the original
 * text is kept as written, and what it says is derived from it (see {@link ScheduleInterpreter}): a kind,
 * the stretch from its first to its last moment, each moment when it names several ("15 décembre 2021 et
 * 16 février 2022"), and how often it recurs when it says so ("4 fois par année"). A schedule carried
 * into a later period that named its own years is moved by the periods' offset and marked for review.
 * Text that says no time stays text, kind undetermined.
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

    /** Empty when the schedule is one stretch of time. */
    @Convert(converter = OccurrencesColumn.class)
    @Column(name = "schedule_occurrences")
    private List<Occurrence> occurrences = List.of();

    @Column(name = "schedule_frequency")
    private Integer frequencyCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_frequency_unit")
    private Frequency.Unit frequencyUnit;

    /** Null in rows written before schedules could be moved: not to review. */
    @Column(name = "schedule_to_review")
    private Boolean toReview;

    protected Schedule() {
    }

    Schedule(String text, ScheduleKind kind, List<Occurrence> moments, Frequency frequency) {
        this.text = Objects.requireNonNull(text, "text");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (!moments.isEmpty()) {
            this.start = moments.stream().map(Occurrence::start).min(LocalDate::compareTo).orElseThrow();
            this.end = moments.stream().map(Occurrence::end).max(LocalDate::compareTo).orElseThrow();
        }
        this.occurrences = moments.size() > 1 ? List.copyOf(moments) : List.of();
        this.frequencyCount = frequency == null ? null : frequency.count();
        this.frequencyUnit = frequency == null ? null : frequency.unit();
    }

    /** Reads a schedule as written; what names no year takes the plan's period, when it is known. */
    public static Schedule of(String text, Period planPeriod) {
        return ScheduleInterpreter.interpret(text, planPeriod);
    }

    /**
     * The schedule of a copy of its element in a plan of another period: read again there, unless its text
     * names its own years, in which case its moments move by the periods' offset and it is marked for review
     * (last year's "Mai 2021" is not this year's May until someone says so).
     */
    Schedule carriedTo(Period from, Period to) {
        Schedule again = of(text, to);
        if (from == null || to == null || from.equals(to) || from.start() == null || to.start() == null
                || !ScheduleInterpreter.namesAYear(text)) {
            return again;
        }
        java.time.Period offset = java.time.Period.between(from.start(), to.start());
        Schedule moved = new Schedule(text, kind, occurrences().stream().map(occurrence -> occurrence.shiftedBy(offset)).toList(),
                frequency().orElse(null));
        moved.toReview = Boolean.TRUE;
        return moved;
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

    /** Each moment the schedule names: one for a single stretch of time, none when undetermined. */
    public List<Occurrence> occurrences() {
        if (occurrences != null && !occurrences.isEmpty()) {
            return occurrences;
        }
        return start == null || end == null ? List.of() : List.of(new Occurrence(start, end));
    }

    public Optional<Frequency> frequency() {
        return frequencyCount == null || frequencyUnit == null ? Optional.empty()
                : Optional.of(new Frequency(frequencyCount, frequencyUnit));
    }

    /** True when the schedule was moved into a new period by an offset: a person should confirm it. */
    public boolean toReview() {
        return Boolean.TRUE.equals(toReview);
    }

    /** True when one of the schedule's moments meets [from, to]. Undetermined schedules meet nothing. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return occurrences().stream().anyMatch(occurrence -> occurrence.overlaps(from, to));
    }

    /** Two schedules are the same when they say the same thing and read the same way. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule schedule && text.equals(schedule.text) && kind == schedule.kind
                && occurrences().equals(schedule.occurrences()) && frequency().equals(schedule.frequency())
                && toReview() == schedule.toReview();
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, kind, occurrences(), frequency(), toReview());
    }

    @Override
    public String toString() {
        return text + " [" + kind + (start == null ? "" : " " + occurrences()) + frequency().map(f -> " " + f).orElse("")
                + (toReview() ? ", to review" : "") + "]";
    }
}
