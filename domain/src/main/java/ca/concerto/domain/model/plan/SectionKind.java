package ca.concerto.domain.model.plan;

/** What a section of a plan's text is: the parts the bodies' documents have around their tree. */
public enum SectionKind {
    INTRODUCTION,
    VISION,
    MISSION,
    MANDATES,
    ROLES,
    HISTORY,
    /** The committees' member lists as the document prints them. */
    MEMBERS,
    CREDITS,
    FOOTNOTES,
    OTHER
}
