package ca.concerto.domain.model.plan;

import java.time.LocalDate;
import java.util.Objects;

/** One stretch of time a schedule names: a day (start equals end), a month, a season, a week. */
public record Occurrence(LocalDate start, LocalDate end) implements java.io.Serializable {

    public Occurrence {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && !end.isBefore(from);
    }

    Occurrence shiftedBy(java.time.Period offset) {
        return new Occurrence(start.plus(offset), end.plus(offset));
    }

    public boolean isDay() {
        return start.equals(end);
    }
}
