package ca.concerto.domain.testing;

import ca.concerto.domain.model.plan.PlanKind;

/** The kinds of the four templates the platform starts with, for plans tests make by hand. */
public final class Kinds {

    public static final PlanKind ANNUAL_ACTION_PLAN = new PlanKind("Plan d'action annuel", "Annual action plan");
    public static final PlanKind TRANSITIONAL_PLAN = new PlanKind("Plan transitoire", "Transitional plan");
    public static final PlanKind WORK_PLAN = new PlanKind("Plan de travail", "Work plan");
    public static final PlanKind FIVE_YEAR_PRIORITIES = new PlanKind("Priorités quinquennales", "Five-year priorities");

    private Kinds() {
    }
}
