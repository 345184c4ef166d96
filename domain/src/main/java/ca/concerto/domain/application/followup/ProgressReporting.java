package ca.concerto.domain.application.followup;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.followup.FollowUpRecords;
import ca.concerto.domain.model.followup.IndicatorMeasurement;
import ca.concerto.domain.model.followup.ProgressReport;
import ca.concerto.domain.model.followup.ReportingPeriod;
import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.partner.PartnerAccount;
import ca.concerto.domain.model.partner.PartnerAccounts;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.shared.NotFound;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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
@Dependent
public class ProgressReporting {

    private final Plans plans;
    private final FollowUpRecords records;
    private final PartnerAccounts accounts;
    private final Revisions revisions;

    @Inject
    public ProgressReporting(Plans plans, FollowUpRecords records, PartnerAccounts accounts, Revisions revisions) {
        this.plans = plans;
        this.records = records;
        this.accounts = accounts;
        this.revisions = revisions;
    }

    /**
     * @throws ca.concerto.domain.model.access.NotAllowed when the actor may not follow the element up
     * @throws ReportChangedMeanwhile when the period's report is no longer the version the person saw
     * @throws ca.concerto.domain.model.shared.InvalidInput for a malformed period or percentage
     */
    public PlanFollowUp.Report report(Actor actor, ProgressEntry entry, LocalDate today) {
        PlanElement element = followableElement(actor, entry.elementId());
        ReportingPeriod period = ReportingPeriod.parse(entry.period());
        Optional<ProgressReport> existing = records.report(element, period);
        Integer seen = existing.map(ProgressReport::version).orElse(null);
        if (!Objects.equals(seen, entry.fromVersion())) {
            throw existing.map(report -> new ReportChangedMeanwhile(view(report)))
                    .orElseThrow(() -> new NotFound(NotFound.What.REPORT, period));
        }
        revisions.record(actor, RevisionKind.FOLLOW_UP, "progress " + period);
        ProgressReport report = existing.orElseGet(() -> new ProgressReport(element, period));
        report.report(entry.status(), entry.percentComplete(), entry.note(), actor.username(), today);
        records.add(report);
        return view(report);
    }

    public PlanFollowUp.Measurement measure(Actor actor, MeasurementEntry entry) {
        PlanElement element = followableElement(actor, entry.elementId());
        revisions.record(actor, RevisionKind.FOLLOW_UP, "measurement " + entry.indicator());
        IndicatorMeasurement measurement = new IndicatorMeasurement(element, entry.indicator(), entry.value(),
                entry.measuredOn(), entry.note(), actor.username());
        records.add(measurement);
        return view(measurement);
    }

    /** The elements of a loaded plan the actor may follow up, for screens to offer it on them only. */
    public Set<Long> followable(Actor actor, Plan plan) {
        Optional<Organisation> speaksFor = speaksFor(actor);
        return plan.elements().stream().filter(element -> Rights.mayFollowUp(actor, element, speaksFor)).map(PlanElement::id)
                .collect(Collectors.toSet());
    }

    /** The follow-up of every element of a plan of this body. */
    public PlanFollowUp of(long planId) {
        Map<Long, List<PlanFollowUp.Report>> reports = records.reportsOfPlan(planId).stream().map(ProgressReporting::view)
                .collect(Collectors.groupingBy(PlanFollowUp.Report::elementId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<PlanFollowUp.Measurement>> measurements = records.measurementsOfPlan(planId).stream()
                .map(ProgressReporting::view)
                .collect(Collectors.groupingBy(PlanFollowUp.Measurement::elementId, LinkedHashMap::new, Collectors.toList()));
        return new PlanFollowUp(reports, measurements);
    }

    /** The organisation a partner's login speaks for in this body, if the coordination named one. */
    public Optional<Organisation> speaksFor(Actor actor) {
        return accounts.find(actor.username()).map(PartnerAccount::organisation);
    }

    private PlanElement followableElement(Actor actor, long elementId) {
        PlanElement element = plans.element(elementId);
        Rights.ensureMayFollowUp(actor, element, speaksFor(actor));
        if (element.plan().status() == PlanStatus.ARCHIVED) {
            throw new PlanNotEditable(element.plan().title(), element.plan().status());
        }
        return element;
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
