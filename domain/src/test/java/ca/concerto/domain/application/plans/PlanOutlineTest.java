package ca.concerto.domain.application.plans;

import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.testing.Kinds;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a plan's table needs to show of it. */
class PlanOutlineTest {

    @Test
    void theTableNeedsTheColumnsSomeElementFillsAndNoOther() {
        PlanOutline.Element priority = element(1, null, "Priorité 1", null, null, List.of(), "Description et échéanciers");
        PlanOutline.Element action = element(2, 1L, "Action proposée", "2024-2025", "CIUSSS", List.of("Avenir d'enfants"), null);

        PlanOutline outline = new PlanOutline(1, "Plan de travail", 1, Kinds.ANNUAL_ACTION_PLAN, "work-plan", "2024-2025",
                LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), PlanStatus.DRAFT, null, null, List.of(), List.of(),
                List.of(priority, action), Map.of(), Map.of(), Map.of(), Map.of());

        assertThat(outline.filledFields()).containsExactlyInAnyOrder(ElementField.DESCRIPTION, ElementField.SCHEDULE,
                ElementField.LEAD, ElementField.COLLABORATORS);
    }

    private static PlanOutline.Element element(long id, Long parent, String title, String schedule, String lead,
            List<String> collaborators, String description) {
        return new PlanOutline.Element(id, parent, parent == null ? 0 : 1, "x", null, title, description, schedule, null,
                null, null, lead, null, collaborators, List.of(), List.of(), "  ", List.of(), 0);
    }
}
