package ca.concerto.domain.model.plan;

/** Milestones of a plan's version other than its adoption; none of them freezes the plan. */
public enum MilestoneKind {
    /** "Déposé le ... au ministère de la Famille": handed to a funder or an authority. */
    FILED,
    /** Presented to a committee, a board, the partners. */
    PRESENTED,
    /** Approved by a funder. */
    APPROVED
}
