package ca.concerto.domain.application.history;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.application.plans.PlanOutlines;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.audit.HistoryRead;
import ca.concerto.domain.model.audit.HistoryReading;
import ca.concerto.domain.model.audit.HistoryReads;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.template.PlanTemplates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The history of the current tenant's plans, for the coordination and the auditors. Every read is
 * written in the tenant's history-read log (who, when, which plan, what), in the same transaction.
 */
@RequestScoped
public class HistoryService {

    private static final int READS_SHOWN = 200;

    @Inject
    HistoryReads log;

    @Inject
    PlanHistory history;

    @Inject
    Plans plans;

    @Inject
    PlanTemplates templates;

    /** What the history page opens with, in one transaction: the plan, its timeline, who read its history. */
    @Transactional
    public Optional<Timeline> timeline(Actor actor, long planId) {
        Optional<PlanOutline> outline = PlanOutlines.of(plans, templates, planId);
        if (outline.isEmpty()) {
            return Optional.empty();
        }
        read(actor, planId, HistoryReading.timeline());
        return Optional.of(new Timeline(outline.get(), history.revisions(planId), log.of(planId, READS_SHOWN)));
    }

    @Transactional
    public List<RevisionLine> revisions(Actor actor, long planId) {
        read(actor, planId, HistoryReading.timeline());
        return history.revisions(planId);
    }

    /** The plan (the version of it the revision changed) exactly as it was once the revision was saved. */
    @Transactional
    public Optional<PlanSnapshot> at(Actor actor, long planId, long revision) {
        read(actor, planId, HistoryReading.stateAt(revision));
                return history.at(history.revisions(planId), revision);
    }

    /** What changed from one revision to another (to null: to the plan as it is now). */
    @Transactional
    public Optional<PlanDiff> diff(Actor actor, long planId, long fromRevision, Long toRevision, Locale locale) {
        read(actor, planId, HistoryReading.comparison(fromRevision, toRevision));
                List<RevisionLine> timeline = history.revisions(planId);
        Optional<PlanSnapshot> before = history.at(timeline, fromRevision);
        Optional<PlanSnapshot> after = toRevision == null ? history.now(planId) : history.at(timeline, toRevision);
        return before.flatMap(old -> after.map(now -> PlanComparison.compare(old, now, locale)));
    }

    /** What changed in the plan since its lineage was last adopted (the adopted version as adopted). */
    @Transactional
    public Optional<SinceAdoption> sinceAdoption(Actor actor, long planId, Locale locale) {
        read(actor, planId, HistoryReading.sinceAdoption());
        return sinceAdoption(history, planId, locale);
    }

    /** What the audit report of a plan holds: its whole timeline and the changes since the last adoption. */
    @Transactional
    public AuditReport auditReport(Actor actor, long planId, Locale locale) {
        read(actor, planId, HistoryReading.auditReport());
        return new AuditReport(history.revisions(planId), sinceAdoption(history, planId, locale));
    }

    /** Who read the plan's history, newest first (the latest {@value #READS_SHOWN}). */
    @Transactional
    public List<HistoryRead> reads(Actor actor, long planId) {
        Rights.ensureMayReadHistory(actor);
        return log.of(planId, READS_SHOWN);
    }

    private static Optional<SinceAdoption> sinceAdoption(PlanHistory history, long planId, Locale locale) {
        return history.lastAdoption(planId).flatMap(adoption -> history.at(adoption.planId(), adoption.revision())
                .flatMap(adopted -> history.now(planId).map(now ->
                        new SinceAdoption(adoption, adopted.outline().adoptedOn(), PlanComparison.compare(adopted, now, locale)))));
    }

    private void read(Actor actor, long planId, HistoryReading what) {
        Rights.ensureMayReadHistory(actor);
        log.log(planId, new HistoryRead(Instant.now(), actor.username(),
                actor.roles().stream().map(Role::roleName).sorted().collect(Collectors.joining(",")), what.code()));
    }

    /** A plan with its timeline and the log of who read its history. */
    public record Timeline(PlanOutline outline, List<RevisionLine> revisions, List<HistoryRead> reads)
            implements java.io.Serializable {
    }

    /** A plan's whole timeline and its changes since the last adoption (none when never adopted). */
    public record AuditReport(List<RevisionLine> revisions, Optional<SinceAdoption> sinceAdoption) {
    }

    /** The changes since the last adoption, with the adoption they are counted from. */
    public record SinceAdoption(PlanHistory.AdoptionPoint adoption, java.time.LocalDate adoptedOn, PlanDiff diff)
            implements java.io.Serializable {
    }
}
