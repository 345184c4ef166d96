package ca.concerto.domain.application.followup;

import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.followup.ProgressStatus;
import ca.concerto.domain.model.plan.ScheduleKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Due this quarter" and "overdue", from the end of a schedule's interval and the latest report. */
class DueTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 5, 2);

    @Test
    void dueThisQuarterMeansTheScheduleEndsInTodaysQuarter() {
        assertThat(Due.THIS_QUARTER.matches(endingOn(LocalDate.of(2019, 6, 20)), Optional.empty(), TODAY)).isTrue();
        assertThat(Due.THIS_QUARTER.matches(endingOn(LocalDate.of(2019, 7, 1)), Optional.empty(), TODAY)).isFalse();
        assertThat(Due.THIS_QUARTER.matches(endingOn(null), Optional.empty(), TODAY)).isFalse();
    }

    @Test
    void overdueMeansTheScheduleEndedAndTheWorkIsNeitherDoneNorAbandoned() {
        PlanOutline.Element winter = endingOn(LocalDate.of(2019, 3, 20));

        assertThat(Due.OVERDUE.matches(winter, Optional.empty(), TODAY)).isTrue();
        assertThat(Due.OVERDUE.matches(winter, report(ProgressStatus.IN_PROGRESS), TODAY)).isTrue();
        assertThat(Due.OVERDUE.matches(winter, report(ProgressStatus.DONE), TODAY)).isFalse();
        assertThat(Due.OVERDUE.matches(winter, report(ProgressStatus.ABANDONED), TODAY)).isFalse();
        assertThat(Due.OVERDUE.matches(endingOn(LocalDate.of(2019, 6, 20)), Optional.empty(), TODAY)).isFalse();
    }

    private static PlanOutline.Element endingOn(LocalDate end) {
        return new PlanOutline.Element(1, null, 0, "action", null, "Action", null, "Échéance",
                end == null ? ScheduleKind.UNDETERMINED : ScheduleKind.PERIOD, end == null ? null : end.minusMonths(3), end,
                null, null, List.of(), List.of(), List.of(), null, List.of(), 0);
    }

    private static Optional<PlanFollowUp.Report> report(ProgressStatus status) {
        return Optional.of(new PlanFollowUp.Report(1, "2019-Q1", status, null, null, "test", TODAY, 0));
    }
}
