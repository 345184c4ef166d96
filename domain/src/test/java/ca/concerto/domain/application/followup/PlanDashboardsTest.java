package ca.concerto.domain.application.followup;

import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.followup.ProgressStatus;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.plan.ScheduleKind;
import ca.concerto.domain.testing.Kinds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's roll-up: children averaged, unknown work not counted as zero; overdue and lead counts. */
class PlanDashboardsTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 5, 2);

    private final List<PlanOutline.Element> elements = new ArrayList<>();
    private final List<PlanFollowUp.Report> reports = new ArrayList<>();

    @Test
    void anAxisAveragesItsChildrenAndIgnoresWhatNobodyReported() {
        heading(1, null, "Axe 1");
        item(2, 1, "Action 1.1", "DSP", null);
        item(3, 1, "Action 1.2", "AE", null);
        item(4, 1, "Action 1.3", "AE", null);
        heading(10, null, "Axe 2");
        item(11, 10, "Action 2.1", "DSP", null);
        report(2, ProgressStatus.DONE, null);
        report(3, ProgressStatus.IN_PROGRESS, 20);

        PlanDashboard dashboard = PlanDashboards.of(outline(), followUp(), TODAY);

        assertThat(dashboard.axes()).extracting(PlanDashboard.AxisProgress::progress).containsExactly(60, null);
        assertThat(dashboard.axes().get(0).items()).isEqualTo(3);
        assertThat(dashboard.axes().get(0).reported()).isEqualTo(2);
        assertThat(dashboard.overall()).isEqualTo(60);
    }

    @Test
    void childrenAreAveragedAtEachLevelNotFlattenedAndPostponedWorkIsUnknown() {
        heading(1, null, "Axe 1");
        item(2, 1, "Action avec activités", "DSP", null);
        item(3, 2, "Activité A", null, null);
        item(4, 2, "Activité B", null, null);
        item(5, 2, "Activité C", null, null);
        item(6, 1, "Action seule", "AE", null);
        report(3, ProgressStatus.DONE, null);
        report(4, ProgressStatus.NOT_STARTED, null);
        report(5, ProgressStatus.POSTPONED, null);
        report(6, ProgressStatus.DONE, null);

        Map<Long, java.util.OptionalDouble> progress = PlanDashboards.rollUp(outline(), followUp());

        assertThat(progress.get(2L)).hasValue(50.0);
        assertThat(progress.get(5L)).isEmpty();
        assertThat(progress.get(1L)).hasValue(75.0);
    }

    @Test
    void overdueItemsAreTheOpenOnesWhoseScheduleEndedAndLeadsCountTheirItemsByStatus() {
        heading(1, null, "Axe 1");
        item(2, 1, "Hiver passé, pas fait", "DSP", LocalDate.of(2019, 3, 20));
        item(3, 2, "Activité héritant du porteur", null, LocalDate.of(2019, 3, 20));
        item(4, 1, "Hiver passé, fait", "AE", LocalDate.of(2019, 3, 20));
        item(5, 1, "Printemps à venir", "AE", LocalDate.of(2019, 6, 20));
        report(3, ProgressStatus.IN_PROGRESS, null);
        report(4, ProgressStatus.DONE, null);

        PlanDashboard dashboard = PlanDashboards.of(outline(), followUp(), TODAY);

        assertThat(dashboard.overdue()).containsExactly(2L, 3L);
        assertThat(dashboard.leads()).extracting(PlanDashboard.LeadLoad::lead).containsExactly("AE", "DSP");
        PlanDashboard.LeadLoad dsp = dashboard.leads().get(1);
        assertThat(dsp.items()).isEqualTo(2);
        assertThat(dsp.byStatus()).containsEntry(ProgressStatus.IN_PROGRESS, 1);
        assertThat(dsp.unreported()).isEqualTo(1);
    }

    @Test
    void theOutlineListsEveryHeadingWithTheProgressOfTheWorkUnderIt() {
        heading(1, null, "Axe 1");
        heading(2, 1L, "Orientation 1.1");
        item(3, 2, "Action A", "DSP", null);
        item(4, 2, "Action B", "DSP", null);
        heading(5, 1L, "Orientation 1.2");
        item(6, 5, "Action C", "AE", null);
        report(3, ProgressStatus.IN_PROGRESS, 40);

        List<PlanBranch> branches = PlanDashboards.branches(outline(), followUp());

        assertThat(branches).extracting(PlanBranch::elementId).containsExactly(1L, 2L, 5L);
        assertThat(branches).extracting(PlanBranch::progress).containsExactly(40, 40, null);
        assertThat(branches).extracting(PlanBranch::items).containsExactly(3, 2, 1);
        assertThat(branches).extracting(PlanBranch::reported).containsExactly(1, 1, 0);
    }

    private void heading(long id, Long parent, String title) {
        elements.add(element(id, parent, title, null, null, true));
    }

    private void item(long id, long parent, String title, String lead, LocalDate due) {
        elements.add(element(id, parent, title, lead, due, false));
    }

    /** Headings carry no field of the plans' tables; items carry at least their schedule. */
    private static PlanOutline.Element element(long id, Long parent, String title, String lead, LocalDate due, boolean heading) {
        return new PlanOutline.Element(id, parent, 0, "x", null, title, null, heading ? null : "Échéance",
                heading ? null : ScheduleKind.PERIOD, due == null ? null : due.minusMonths(3), due, lead, null,
                List.of(), List.of(), List.of(), null, List.of(), 0);
    }

    private void report(long elementId, ProgressStatus status, Integer percent) {
        reports.add(new PlanFollowUp.Report(elementId, "2019-Q2", status, percent, null, "test", TODAY, 0));
    }

    private PlanOutline outline() {
        return new PlanOutline(1, "Plan", 1, Kinds.ANNUAL_ACTION_PLAN, "annual-action-plan", "2018-2019",
                LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), PlanStatus.ADOPTED, null, null,
                List.of(), List.of(), elements, Map.of(), Map.of(), Map.of(), Map.of());
    }

    private PlanFollowUp followUp() {
        Map<Long, List<PlanFollowUp.Report>> byElement = new java.util.HashMap<>();
        reports.forEach(report -> byElement.computeIfAbsent(report.elementId(), id -> new ArrayList<>()).add(report));
        return new PlanFollowUp(byElement, Map.of());
    }
}
