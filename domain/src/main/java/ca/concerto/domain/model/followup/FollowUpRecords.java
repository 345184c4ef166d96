package ca.concerto.domain.model.followup;

import ca.concerto.domain.model.plan.PlanElement;
import java.util.List;
import java.util.Optional;

/** The body's progress reports and indicator measurements. */
public interface FollowUpRecords {

    Optional<ProgressReport> report(PlanElement element, ReportingPeriod period);

    /** Every report of the plan's elements, by period. */
    List<ProgressReport> reportsOfPlan(long planId);

    /** Every measurement of the plan's elements, by date. */
    List<IndicatorMeasurement> measurementsOfPlan(long planId);

    List<ProgressReport> reportsOf(List<PlanElement> elements);

    List<IndicatorMeasurement> measurementsOf(List<PlanElement> elements);

    void add(ProgressReport report);

    void add(IndicatorMeasurement measurement);

    /** Removes the elements' reports and measurements, and takes them out of the meetings that dealt with them. */
    void forget(List<PlanElement> elements);
}
