package ca.concerto.domain.application.meetings;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.meeting.Meeting;
import ca.concerto.domain.model.plan.PlanElement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The body's partner meetings, newest first; the coordination records them. */
@RequestScoped
public class MeetingService {

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    @Transactional
    public List<MeetingLine> meetings() {
        List<Meeting> meetings = entityManager.createQuery("select distinct m from Meeting m left join fetch m.elementIds"
                + " order by m.heldOn desc, m.id desc", Meeting.class).getResultList();
        Set<Long> ids = meetings.stream().flatMap(meeting -> meeting.elementIds().stream()).collect(Collectors.toSet());
        Map<Long, MeetingLine.ElementRef> refs = ids.isEmpty() ? Map.of() : entityManager.createQuery(
                "select e from PlanElement e join fetch e.plan where e.id in :ids", PlanElement.class)
                .setParameter("ids", ids).getResultStream()
                .map(element -> new MeetingLine.ElementRef(element.id(), element.plan().id(), element.plan().title(), element.title()))
                .collect(Collectors.toMap(MeetingLine.ElementRef::id, Function.identity()));
        return meetings.stream().map(meeting -> new MeetingLine(meeting.id(), meeting.heldOn(), meeting.mode(), meeting.theme(),
                meeting.notes(), meeting.elementIds().stream().map(refs::get).filter(java.util.Objects::nonNull).toList(),
                meeting.version())).toList();
    }

    /**
     * @return the meeting's number
     * @throws OptimisticLockException when someone changed the meeting since the person read it
     * @throws IllegalArgumentException for a meeting without date, mode or theme, or an unknown element
     */
    @Transactional
    public long record(Actor actor, MeetingEntry entry) {
        Rights.ensureMayEditPlans(actor);
        for (Long elementId : entry.elementIds()) {
            if (entityManager.find(PlanElement.class, elementId) == null) {
                throw new IllegalArgumentException("No element " + elementId + " in this tenant");
            }
        }
        Revisions.describe(entityManager, new RevisionDetails(actor.username(), actor.tenant(), RevisionKind.EDIT,
                "Rencontre " + entry.heldOn()));
        Meeting meeting;
        if (entry.id() == null) {
            meeting = new Meeting(entry.heldOn(), entry.mode(), entry.theme());
            entityManager.persist(meeting);
        } else {
            meeting = entityManager.find(Meeting.class, entry.id());
            if (meeting == null) {
                throw new IllegalArgumentException("No meeting " + entry.id() + " in this tenant");
            }
            if (meeting.version() != entry.fromVersion()) {
                throw new OptimisticLockException("The meeting changed meanwhile");
            }
            meeting.reschedule(entry.heldOn(), entry.mode(), entry.theme());
        }
        meeting.notes(entry.notes());
        meeting.dealtWith(entry.elementIds());
        entityManager.flush();
        return meeting.id();
    }
}
