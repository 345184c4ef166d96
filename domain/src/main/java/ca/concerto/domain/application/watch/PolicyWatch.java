package ca.concerto.domain.application.watch;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.shared.ChangedMeanwhile;
import ca.concerto.domain.model.shared.NotFound;
import jakarta.inject.Inject;
import ca.concerto.domain.model.watch.Impact;
import ca.concerto.domain.model.watch.PolicyAssessment;
import ca.concerto.domain.model.watch.PolicyWatchItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The public-policy watch: the board every tenant shares, and the current tenant's own assessments of
 * its items. Any tenant's coordination posts items and assesses them for its body.
 */
@RequestScoped
public class PolicyWatch {

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    @Inject
    Plans plans;

    private final Clock clock = Clock.systemUTC();

    /** The board, newest first. */
    @Transactional
    public List<WatchItemLine> items() {
        return entityManager.createQuery("select i from PolicyWatchItem i order by i.postedAt desc, i.id desc", PolicyWatchItem.class)
                .getResultStream().map(WatchItemLine::of).toList();
    }

    /**
     * @throws PolicyWatchItem.InvalidSource for a source that is not an http(s) address
     * @throws ca.concerto.domain.model.shared.InvalidInput for an item without title, jurisdiction, date or status
     */
    @Transactional
    public long post(Actor actor, WatchItemEntry entry) {
        Rights.ensureMayEditPlans(actor);
        PolicyWatchItem item = new PolicyWatchItem(entry.title(), entry.jurisdiction(), entry.publishedOn(), entry.sourceUrl(),
                entry.summary(), entry.fieldsOfAction(), entry.status(), actor.username(), actor.tenant(), Instant.now(clock));
        entityManager.persist(item);
        entityManager.flush();
        return item.id();
    }

    @Transactional
    public Optional<AssessmentLine> assessment(long itemId) {
        return find(itemId).map(PolicyWatch::line);
    }

    /**
     * Records or revises the body's assessment, from the version the person saw (null: none).
     *
     * @throws ChangedMeanwhile when someone assessed the item meanwhile
     */
    @Transactional
    public AssessmentLine assess(Actor actor, long itemId, Impact impact, boolean actionNeeded, String note, boolean shared,
            Collection<Long> elementIds, Integer fromVersion) {
        Rights.ensureMayEditPlans(actor);
        if (entityManager.find(PolicyWatchItem.class, itemId) == null) {
            throw new NotFound(NotFound.What.WATCH_ITEM, itemId);
        }
        elementIds.forEach(plans::element);
        Optional<PolicyAssessment> existing = find(itemId);
        Integer seen = existing.map(PolicyAssessment::version).orElse(null);
        if (!java.util.Objects.equals(seen, fromVersion)) {
            throw new ChangedMeanwhile("The assessment of item " + itemId + " changed meanwhile");
        }
        PolicyAssessment assessment = existing.orElseGet(() -> new PolicyAssessment(itemId));
        assessment.assess(impact, actionNeeded, note, shared, elementIds, actor.username(), LocalDate.now(clock));
        if (existing.isEmpty()) {
            entityManager.persist(assessment);
        }
        entityManager.flush();
        return line(assessment);
    }

    /** How many items were posted since the person last looked at the board (all of them on a first visit). */
    @Transactional
    public long newSinceLastVisit(String username) {
        List<?> seen = entityManager.createNativeQuery("select seen_at from policy_watch_seen where username = ?1")
                .setParameter(1, username).getResultList();
        if (seen.isEmpty()) {
            return entityManager.createQuery("select count(i) from PolicyWatchItem i", Long.class).getSingleResult();
        }
        Instant since = seen.get(0) instanceof Timestamp time ? time.toInstant()
                : seen.get(0) instanceof java.time.OffsetDateTime time ? time.toInstant() : (Instant) seen.get(0);
        return entityManager.createQuery("select count(i) from PolicyWatchItem i where i.postedAt > :since", Long.class)
                .setParameter("since", since).getSingleResult();
    }

    /** The person has looked at the board now. */
    @Transactional
    public void visited(String username) {
        entityManager.createNativeQuery("insert into policy_watch_seen (username, seen_at) values (?1, now())"
                + " on conflict (username) do update set seen_at = now()").setParameter(1, username).executeUpdate();
    }

    private Optional<PolicyAssessment> find(long itemId) {
        return entityManager.createQuery("select a from PolicyAssessment a where a.itemId = :item", PolicyAssessment.class)
                .setParameter("item", itemId).getResultStream().findFirst();
    }

    private static AssessmentLine line(PolicyAssessment assessment) {
        return new AssessmentLine(assessment.itemId(), assessment.impact(), assessment.actionNeeded(), assessment.note(),
                assessment.shared(), assessment.elementIds(), assessment.assessedBy(), assessment.assessedOn(), assessment.version());
    }
}
