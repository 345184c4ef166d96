package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.followup.FollowUpRecords;
import ca.concerto.domain.model.followup.IndicatorMeasurement;
import ca.concerto.domain.model.followup.ProgressReport;
import ca.concerto.domain.model.followup.ReportingPeriod;
import ca.concerto.domain.model.meeting.Meeting;
import ca.concerto.domain.model.plan.PlanElement;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaFollowUpRecords extends JpaRepository implements FollowUpRecords {

    @Override
    public Optional<ProgressReport> report(PlanElement element, ReportingPeriod period) {
        return entityManager.createQuery("select r from ProgressReport r where r.element = :element and r.period = :period",
                ProgressReport.class).setParameter("element", element).setParameter("period", period)
                .getResultStream().findFirst();
    }

    @Override
    public List<ProgressReport> reportsOfPlan(long planId) {
        return entityManager.createQuery("select r from ProgressReport r where r.element.plan.id = :plan order by r.period",
                ProgressReport.class).setParameter("plan", planId).getResultList();
    }

    @Override
    public List<IndicatorMeasurement> measurementsOfPlan(long planId) {
        return entityManager.createQuery("""
                select m from IndicatorMeasurement m where m.element.plan.id = :plan order by m.measuredOn, m.id""",
                IndicatorMeasurement.class).setParameter("plan", planId).getResultList();
    }

    @Override
    public List<ProgressReport> reportsOf(List<PlanElement> elements) {
        return of(ProgressReport.class, elements);
    }

    @Override
    public List<IndicatorMeasurement> measurementsOf(List<PlanElement> elements) {
        return of(IndicatorMeasurement.class, elements);
    }

    @Override
    public void add(ProgressReport report) {
        entityManager.persist(report);
        entityManager.flush();
    }

    @Override
    public void add(IndicatorMeasurement measurement) {
        entityManager.persist(measurement);
        entityManager.flush();
    }

    @Override
    public void forget(List<PlanElement> elements) {
        reportsOf(elements).forEach(entityManager::remove);
        measurementsOf(elements).forEach(entityManager::remove);
        Set<Long> ids = elements.stream().map(PlanElement::id).collect(Collectors.toSet());
        for (Meeting meeting : entityManager.createQuery(
                "select distinct m from Meeting m join m.elementIds e where e in :ids", Meeting.class)
                .setParameter("ids", ids).getResultList()) {
            meeting.dealtWith(meeting.elementIds().stream().filter(id -> !ids.contains(id)).toList());
        }
    }

    private <T> List<T> of(Class<T> kind, List<PlanElement> elements) {
        if (elements.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select f from " + kind.getSimpleName() + " f where f.element in :elements", kind)
                .setParameter("elements", elements).getResultList();
    }
}
