package ca.concerto.domain.model.plan;

/** How often something recurs, as written: "4 fois par année" is 4 per year, "un courriel/mois" 1 per month. */
public record Frequency(int count, Unit unit) implements java.io.Serializable {

    public enum Unit {
        YEAR,
        MONTH,
        WEEK
    }

    public Frequency {
        if (count < 1) {
            throw new IllegalArgumentException("A frequency counts at least once, not " + count);
        }
    }
}
