package ca.concerto.domain.application.plans;

import ca.concerto.domain.model.plan.Period;
import ca.concerto.domain.model.shared.InvalidInput;
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

    /** @throws InvalidInput without a title */
    public String checkedTitle() {
        return required(title, "title");
    }

    /** @throws InvalidInput without a period's name, or for a period that ends before it starts */
    public Period period() {
        return new Period(periodStart, periodEnd, required(periodLabel, "period"));
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, field + " is required");
        }
        return text.strip();
    }
}
