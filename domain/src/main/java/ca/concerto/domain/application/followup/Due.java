package ca.concerto.domain.application.followup;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.followup.ReportingPeriod;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When an element is due, from the end of its schedule's interval: this quarter, or already past while
 * its latest report says the work is neither done nor abandoned. Undetermined schedules are never due.
 */
public enum Due {
    /** The schedule ends in the quarter of today. */
    THIS_QUARTER,
    /** The schedule ended before today and the work is still open. */
    OVERDUE;

    public boolean matches(PlanOutline.Element element, Optional<PlanFollowUp.Report> latest, LocalDate today) {
        LocalDate end = element.scheduleEnd();
        if (end == null) {
            return false;
        }
        return switch (this) {
            case THIS_QUARTER -> ReportingPeriod.containing(today).contains(end);
            case OVERDUE -> end.isBefore(today) && latest.map(report -> !report.status().isClosed()).orElse(true);
        };
    }
}
