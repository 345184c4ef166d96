package ca.concerto.domain.model.meeting;

import ca.concerto.domain.model.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The body's partner meetings. */
public interface Meetings {

    /** Every meeting, newest first, with the elements it dealt with. */
    List<Meeting> all();

    Optional<Meeting> find(long meetingId);

    /** @throws NotFound for a meeting the body does not have */
    default Meeting get(long meetingId) {
        return find(meetingId).orElseThrow(() -> new NotFound(NotFound.What.MEETING, meetingId));
    }

    void add(Meeting meeting);
}
