package ca.concerto.domain.model.meeting;

/** How the partners met. */
public enum MeetingMode {
    IN_PERSON,
    ONLINE
}
