package ca.concerto.domain.model.template;

/** The fields a level of a plan template carries, beyond its number and title. */
public enum ElementField {
    DESCRIPTION,
    SCHEDULE,
    LEAD,
    COLLABORATORS,
    RESULT_INDICATORS,
    TARGET_GROUPS,
    EXPECTED_RESULTS,
    FIELDS_OF_ACTION
}
