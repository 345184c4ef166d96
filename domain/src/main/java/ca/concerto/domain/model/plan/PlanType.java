package ca.concerto.domain.model.plan;

/** The kinds of plans the bodies write. */
public enum PlanType {
    /** Plan d'action annuel, e.g. Montérégie 2018–2019. */
    ANNUAL_ACTION_PLAN,
    /** Plan transitoire, e.g. Montérégie 2021–2022. */
    TRANSITIONAL_PLAN,
    /** Plan de travail, e.g. Capitale-Nationale 2021–2022. */
    WORK_PLAN,
    /** Priorités quinquennales, e.g. Capitale-Nationale 2024–2029. */
    FIVE_YEAR_PRIORITIES
}
