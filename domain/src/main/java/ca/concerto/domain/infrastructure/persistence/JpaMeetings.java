package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.meeting.Meeting;
import ca.concerto.domain.model.meeting.Meetings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMeetings extends JpaRepository implements Meetings {

    @Override
    public List<Meeting> all() {
        return entityManager.createQuery("select distinct m from Meeting m left join fetch m.elementIds"
                + " order by m.heldOn desc, m.id desc", Meeting.class).getResultList();
    }

    @Override
    public Optional<Meeting> find(long meetingId) {
        return Optional.ofNullable(entityManager.find(Meeting.class, meetingId));
    }

    @Override
    public void add(Meeting meeting) {
        entityManager.persist(meeting);
        entityManager.flush();
    }
}
