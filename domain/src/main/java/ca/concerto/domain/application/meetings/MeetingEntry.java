package ca.concerto.domain.application.meetings;

import ca.concerto.domain.model.meeting.MeetingMode;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A meeting to record (id null) or to change from the version the person saw. */
public record MeetingEntry(Long id, int fromVersion, LocalDate heldOn, MeetingMode mode, String theme, String notes,
        List<Long> elementIds) implements Serializable {
}
