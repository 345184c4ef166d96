package ca.concerto.domain.application.plans;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A plan to create: its title, and the period it covers (its label, e.g. "2025-2026", and its dates when
 * known), and, from a template, whether it begins with the template's starter content. From a template, or
 * carried forward from an earlier plan; with the client's key of this creation, if it gives one.
 */
public record NewPlan(String title, String periodLabel, LocalDate periodStart, LocalDate periodEnd, boolean starterContent,
        String creationKey) implements Serializable {

    /** A plan created once whatever the number of requests: {@code creationKey} names the creation (may be null). */
    public NewPlan {
    }

    public NewPlan(String title, String periodLabel, LocalDate periodStart, LocalDate periodEnd, boolean starterContent) {
        this(title, periodLabel, periodStart, periodEnd, starterContent, null);
    }

    /** A plan that starts empty (without the template's starter content). */
    public NewPlan(String title, String periodLabel, LocalDate periodStart, LocalDate periodEnd) {
        this(title, periodLabel, periodStart, periodEnd, false);
    }
}
