package ca.concerto.domain.model.plan;

/** Where a plan is in its life. Only a draft can change. */
public enum PlanStatus {
    DRAFT,
    ADOPTED,
    ARCHIVED
}
