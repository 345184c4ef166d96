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
    FOLLOW_UP
}
