package ca.concerto.domain.model.audit;

/** Why a revision of a plan exists. */
public enum RevisionKind {
    /** Someone changed the plan. */
    EDIT,
    /** The committee adopted the plan: the plan exactly as adopted. */
    ADOPTION,
    /** The plan came in from a document (the seed plans). */
    IMPORT,
    /** Someone reported progress or measured an indicator: the plan's text is unchanged. */
    FOLLOW_UP,
    /** A milestone other than the adoption was recorded (filed, presented, approved): the plan's text is unchanged. */
    MILESTONE
}
