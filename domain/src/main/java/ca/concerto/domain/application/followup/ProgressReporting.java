package ca.concerto.domain.application.followup;

import ca.concerto.domain.application.plans.PlanTrees;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.followup.IndicatorMeasurement;
import ca.concerto.domain.model.followup.ProgressReport;
import ca.concerto.domain.model.followup.ReportingPeriod;
import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.partner.PartnerAccount;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.plan.PlanStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records the follow-up of a plan's elements as FOLLOW_UP revisions: progress per reporting period and
 * indicator measurements. The coordination follows up everything, a partner what their organisation
 * leads; an archived plan is no longer followed up. Runs in the caller's transaction.
 */
public class ProgressReporting {

    private final EntityManager entityManager;

    public ProgressReporting(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @throws ca.concerto.domain.model.access.NotAllowed when the actor may not follow the element up
     * @throws ReportChangedMeanwhile when the period's report is no longer the version the person saw
     * @throws IllegalArgumentException for an unknown element, a malformed period or percentage
     */
    public PlanFollowUp.Report report(Actor actor, ProgressEntry entry, LocalDate today) {
        PlanElement element = followableElement(actor, entry.elementId());
        ReportingPeriod period = ReportingPeriod.parse(entry.period());
        Optional<ProgressReport> existing = entityManager.createQuery(
                "select r from ProgressReport r where r.element = :element and r.period = :period", ProgressReport.class)
                .setParameter("element", element).setParameter("period", period).getResultStream().findFirst();
        Integer seen = existing.map(ProgressReport::version).orElse(null);
        if (!Objects.equals(seen, entry.fromVersion())) {
            throw new ReportChangedMeanwhile(existing.map(ProgressReporting::view).orElseThrow(
                    () -> new IllegalArgumentException("The report of " + period + " the person saw is gone")));
        }
        describe(actor, "progress " + period);
        ProgressReport report = existing.orElseGet(() -> new ProgressReport(element, period));
        report.report(entry.status(), entry.percentComplete(), entry.note(), actor.username(), today);
        if (existing.isEmpty()) {
            entityManager.persist(report);
        }
        entityManager.flush();
        return view(report);
    }

    public PlanFollowUp.Measurement measure(Actor actor, MeasurementEntry entry) {
        PlanElement element = followableElement(actor, entry.elementId());
        describe(actor, "measurement " + entry.indicator());
        IndicatorMeasurement measurement = new IndicatorMeasurement(element, entry.indicator(), entry.value(),
                entry.measuredOn(), entry.note(), actor.username());
        entityManager.persist(measurement);
        entityManager.flush();
        return view(measurement);
    }

    /** The elements of a plan the actor may follow up, for screens to offer it on them only. */
    public Set<Long> followable(Actor actor, long planId) {
        Optional<Organisation> speaksFor = speaksFor(actor);
        return PlanTrees.load(entityManager, planId).map(plan -> plan.elements().stream()
                .filter(element -> Rights.mayFollowUp(actor, element, speaksFor)).map(PlanElement::id)
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    /** The follow-up of every element of a plan of this tenant. */
    public PlanFollowUp of(long planId) {
        Map<Long, List<PlanFollowUp.Report>> reports = entityManager.createQuery("""
                select r from ProgressReport r where r.element.plan.id = :plan order by r.period""", ProgressReport.class)
                .setParameter("plan", planId).getResultStream().map(ProgressReporting::view)
                .collect(Collectors.groupingBy(PlanFollowUp.Report::elementId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<PlanFollowUp.Measurement>> measurements = entityManager.createQuery("""
                select m from IndicatorMeasurement m where m.element.plan.id = :plan order by m.measuredOn, m.id""",
                IndicatorMeasurement.class)
                .setParameter("plan", planId).getResultStream().map(ProgressReporting::view)
                .collect(Collectors.groupingBy(PlanFollowUp.Measurement::elementId, LinkedHashMap::new, Collectors.toList()));
        return new PlanFollowUp(reports, measurements);
    }

    /** The organisation a partner's login speaks for in this tenant, if the coordination named one. */
    public Optional<Organisation> speaksFor(Actor actor) {
        return Optional.ofNullable(entityManager.find(PartnerAccount.class, actor.username())).map(PartnerAccount::organisation);
    }

    private PlanElement followableElement(Actor actor, long elementId) {
        PlanElement element = entityManager.find(PlanElement.class, elementId);
        if (element == null) {
            throw new IllegalArgumentException("No element " + elementId + " in this tenant");
        }
        Rights.ensureMayFollowUp(actor, element, speaksFor(actor));
        if (element.plan().status() == PlanStatus.ARCHIVED) {
            throw new PlanNotEditable(element.plan().title(), element.plan().status());
        }
        return element;
    }

    private void describe(Actor actor, String what) {
        Revisions.describe(entityManager, new RevisionDetails(actor.username(), actor.tenant(), RevisionKind.FOLLOW_UP, what));
    }

    private static PlanFollowUp.Report view(ProgressReport report) {
        return new PlanFollowUp.Report(report.element().id(), report.period().code(), report.status(),
                report.percentComplete(), report.note(), report.recordedBy(), report.recordedOn(), report.version());
    }

    private static PlanFollowUp.Measurement view(IndicatorMeasurement measurement) {
        return new PlanFollowUp.Measurement(measurement.element().id(), measurement.indicator(), measurement.value(),
                measurement.measuredOn(), measurement.note(), measurement.recordedBy());
    }
}
