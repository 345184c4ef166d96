package ca.concerto.domain.application.meetings;

import ca.concerto.domain.model.meeting.MeetingMode;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A partners' meeting as its screen shows it, with the plan elements it dealt with (number and title). */
public record MeetingLine(long id, LocalDate heldOn, MeetingMode mode, String theme, String notes,
        List<ElementRef> elements, int version) implements Serializable {

    public MeetingLine {
        elements = List.copyOf(elements);
    }

    public record ElementRef(long id, long planId, String planTitle, String title) implements Serializable {
    }
}
