package ca.concerto.domain.application.plans;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A plan to create: its title, and the period it covers (its label, e.g. "2025-2026", and its dates when
 * known). From a template, or carried forward from an earlier plan.
 */
public record NewPlan(String title, String periodLabel, LocalDate periodStart, LocalDate periodEnd)
        implements Serializable {
}
