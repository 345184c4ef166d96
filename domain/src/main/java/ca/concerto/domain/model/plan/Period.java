package ca.concerto.domain.model.plan;

import ca.concerto.domain.model.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** The time a plan covers, e.g. 2018-04-01 to 2019-03-31, labelled "2018-2019". */
@Embeddable
public class Period {

    @Column(name = "period_start")
    private LocalDate start;

    @Column(name = "period_end")
    private LocalDate end;

    @Column(name = "period_label")
    private String label;

    protected Period() {
    }

    public Period(LocalDate start, LocalDate end, String label) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInput("end", "A period cannot end (" + end + ") before it starts (" + start + ")");
        }
        this.start = start;
        this.end = end;
        this.label = Objects.requireNonNull(label, "label");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period period && Objects.equals(start, period.start) && Objects.equals(end, period.end)
                && label.equals(period.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, label);
    }

    @Override
    public String toString() {
        return label + (start == null ? "" : " (" + start + ".." + end + ")");
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public String label() {
        return label;
    }
}
