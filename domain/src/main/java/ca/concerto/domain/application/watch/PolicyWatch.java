package ca.concerto.domain.application.watch;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.shared.ChangedMeanwhile;
import ca.concerto.domain.model.template.FieldOfAction;
import ca.concerto.domain.model.template.PlanTemplates;
import ca.concerto.domain.model.watch.Impact;
import ca.concerto.domain.model.watch.PolicyAssessment;
import ca.concerto.domain.model.watch.PolicyWatchBoard;
import ca.concerto.domain.model.watch.PolicyWatchItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The public-policy watch: the board every tenant shares, and the current tenant's own assessments of
 * its items. Any tenant's coordination posts items and assesses them for its body.
 */
@RequestScoped
public class PolicyWatch {

    @Inject
    PolicyWatchBoard board;

    @Inject
    Plans plans;

    @Inject
    PlanTemplates templates;

    private final Clock clock = Clock.systemUTC();

    /** The board, newest first. */
    @Transactional
    public List<WatchItemLine> items() {
        return board.items().stream().map(WatchItemLine::of).toList();
    }

    /**
     * What the watch page opens with, in one transaction: the board and the fields of action its items are
     * tagged with. A person of a body has now looked at the board.
     */
    @Transactional
    public Board open(Actor actor) {
        if (actor.body().isPresent()) {
            board.visited(actor.username());
        }
        return new Board(items(), templates.fieldsOfAction());
    }

    /** The board's items, newest first, and the network's fields of action. */
    public record Board(List<WatchItemLine> items, List<FieldOfAction> fieldsOfAction) {
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
        board.post(item);
        return item.id();
    }

    @Transactional
    public Optional<AssessmentLine> assessment(long itemId) {
        return board.assessment(itemId).map(PolicyWatch::line);
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
        board.get(itemId);
        elementIds.forEach(plans::element);
        Optional<PolicyAssessment> existing = board.assessment(itemId);
        Integer seen = existing.map(PolicyAssessment::version).orElse(null);
        if (!Objects.equals(seen, fromVersion)) {
            throw new ChangedMeanwhile("The assessment of item " + itemId + " changed meanwhile");
        }
        PolicyAssessment assessment = existing.orElseGet(() -> new PolicyAssessment(itemId));
        assessment.assess(impact, actionNeeded, note, shared, elementIds, actor.username(), LocalDate.now(clock));
        board.add(assessment);
        return line(assessment);
    }

    /** How many items were posted since the person last looked at the board (all of them on a first visit). */
    @Transactional
    public long newSinceLastVisit(String username) {
        return board.postedSince(board.lastVisit(username).orElse(null));
    }

    /** The person has looked at the board now. */
    @Transactional
    public void visited(String username) {
        board.visited(username);
    }

    private static AssessmentLine line(PolicyAssessment assessment) {
        return new AssessmentLine(assessment.itemId(), assessment.impact(), assessment.actionNeeded(), assessment.note(),
                assessment.shared(), assessment.elementIds(), assessment.assessedBy(), assessment.assessedOn(), assessment.version());
    }
}
