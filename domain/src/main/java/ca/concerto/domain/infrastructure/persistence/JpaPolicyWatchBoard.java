package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.watch.PolicyAssessment;
import ca.concerto.domain.model.watch.PolicyWatchBoard;
import ca.concerto.domain.model.watch.PolicyWatchItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPolicyWatchBoard extends JpaRepository implements PolicyWatchBoard {

    @Override
    public List<PolicyWatchItem> items() {
        return entityManager.createQuery("select i from PolicyWatchItem i order by i.postedAt desc, i.id desc",
                PolicyWatchItem.class).getResultList();
    }

    @Override
    public Optional<PolicyWatchItem> item(long itemId) {
        return Optional.ofNullable(entityManager.find(PolicyWatchItem.class, itemId));
    }

    @Override
    public void post(PolicyWatchItem item) {
        entityManager.persist(item);
        entityManager.flush();
    }

    @Override
    public long postedSince(Instant since) {
        if (since == null) {
            return entityManager.createQuery("select count(i) from PolicyWatchItem i", Long.class).getSingleResult();
        }
        return entityManager.createQuery("select count(i) from PolicyWatchItem i where i.postedAt > :since", Long.class)
                .setParameter("since", since).getSingleResult();
    }

    @Override
    public Optional<PolicyAssessment> assessment(long itemId) {
        return entityManager.createQuery("select a from PolicyAssessment a where a.itemId = :item", PolicyAssessment.class)
                .setParameter("item", itemId).getResultStream().findFirst();
    }

    @Override
    public void add(PolicyAssessment assessment) {
        entityManager.persist(assessment);
        entityManager.flush();
    }

    @Override
    public Optional<Instant> lastVisit(String username) {
        return entityManager.createNativeQuery("select seen_at from policy_watch_seen where username = ?1")
                .setParameter(1, username).getResultStream().findFirst().map(JpaPolicyWatchBoard::instant);
    }

    @Override
    public void visited(String username) {
        entityManager.createNativeQuery("insert into policy_watch_seen (username, seen_at) values (?1, now())"
                + " on conflict (username) do update set seen_at = now()").setParameter(1, username).executeUpdate();
    }

    /** A timestamp column as the driver hands it over. */
    static Instant instant(Object value) {
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
