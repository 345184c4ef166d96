package ca.concerto.domain.application.followup;

import ca.concerto.domain.model.followup.ProgressStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The follow-up of one plan: for each element followed up, its reports by period and its measurements.
 * Detached from persistence, like the plan's outline it goes with.
 */
public record PlanFollowUp(Map<Long, List<Report>> reports, Map<Long, List<Measurement>> measurements)
        implements Serializable {

    public PlanFollowUp {
        reports = Map.copyOf(reports);
        measurements = Map.copyOf(measurements);
    }

    /** The element's reports, oldest period first. */
    public List<Report> reportsOf(long elementId) {
        return reports.getOrDefault(elementId, List.of());
    }

    /** The report of the element's latest reported period: where it stands now. */
    public Optional<Report> latest(long elementId) {
        List<Report> of = reportsOf(elementId);
        return of.isEmpty() ? Optional.empty() : Optional.of(of.get(of.size() - 1));
    }

    public Optional<Report> of(long elementId, String period) {
        return reportsOf(elementId).stream().filter(report -> report.period().equals(period)).findFirst();
    }

    public List<Measurement> measurementsOf(long elementId) {
        return measurements.getOrDefault(elementId, List.of());
    }

    /** One period's report of an element. */
    public record Report(long elementId, String period, ProgressStatus status, Integer percentComplete, String note,
            String recordedBy, LocalDate recordedOn, int version) implements Serializable {

        /** How far along: the percentage given, else what the status implies; nothing for postponed or abandoned work. */
        public OptionalInt progress() {
            if (!status.impliedPercent().isPresent()) {
                return OptionalInt.empty();
            }
            return percentComplete != null ? OptionalInt.of(percentComplete) : status.impliedPercent();
        }
    }

    /** One measurement of one of an element's indicators. */
    public record Measurement(long elementId, String indicator, BigDecimal value, LocalDate measuredOn, String note,
            String recordedBy) implements Serializable {
    }
}
