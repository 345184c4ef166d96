package ca.concerto.domain.application.meetings;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.meeting.Meeting;
import ca.concerto.domain.model.meeting.Meetings;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.shared.ChangedMeanwhile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The body's partner meetings, newest first; the coordination records them. */
@RequestScoped
public class MeetingService {

    @Inject
    Meetings meetings;

    @Inject
    Plans plans;

    @Inject
    Revisions revisions;

    @Transactional
    public List<MeetingLine> meetings() {
        List<Meeting> all = meetings.all();
        Set<Long> ids = all.stream().flatMap(meeting -> meeting.elementIds().stream()).collect(Collectors.toSet());
        Map<Long, MeetingLine.ElementRef> refs = plans.elements(ids).stream()
                .map(element -> new MeetingLine.ElementRef(element.id(), element.plan().id(), element.plan().title(), element.title()))
                .collect(Collectors.toMap(MeetingLine.ElementRef::id, Function.identity()));
        return all.stream().map(meeting -> new MeetingLine(meeting.id(), meeting.heldOn(), meeting.mode(), meeting.theme(),
                meeting.notes(), meeting.elementIds().stream().map(refs::get).filter(java.util.Objects::nonNull).toList(),
                meeting.version())).toList();
    }

    /**
     * @return the meeting's number
     * @throws ChangedMeanwhile when someone changed the meeting since the person read it
     * @throws ca.concerto.domain.model.shared.InvalidInput for a meeting without date, mode or theme
     */
    @Transactional
    public long record(Actor actor, MeetingEntry entry) {
        Rights.ensureMayEditPlans(actor);
        entry.elementIds().forEach(plans::element);
        revisions.record(actor, RevisionKind.EDIT, "Rencontre " + entry.heldOn());
        Meeting meeting;
        if (entry.id() == null) {
            meeting = new Meeting(entry.heldOn(), entry.mode(), entry.theme());
        } else {
            meeting = meetings.get(entry.id());
            if (meeting.version() != entry.fromVersion()) {
                throw new ChangedMeanwhile("The meeting " + entry.id() + " changed meanwhile");
            }
            meeting.reschedule(entry.heldOn(), entry.mode(), entry.theme());
        }
        meeting.notes(entry.notes());
        meeting.dealtWith(entry.elementIds());
        meetings.add(meeting);
        return meeting.id();
    }
}
