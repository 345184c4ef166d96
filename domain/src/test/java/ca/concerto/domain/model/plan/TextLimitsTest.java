package ca.concerto.domain.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.testing.Kinds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan's texts may be as long as the bodies write them, not as long as a script can send. */
class TextLimitsTest {

    private final Plan plan = new Plan("Plan d'action 2025-2026", Kinds.ANNUAL_ACTION_PLAN, "annual-action-plan",
            new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), "2025-2026"));
    private final PlanElement element = plan.addElement(LevelRule.AS_DOCUMENTED, null, "axe", null, "Axe");

    @Test
    void textsAsLongAsTheDocumentsHoldAreKept() {
        element.retitle("x".repeat(4_000));
        element.describe("y".repeat(20_000));
        element.resultIndicators(List.of("z".repeat(4_000)));

        assertThat(element.title()).hasSize(4_000);
        assertThat(element.description()).hasSize(20_000);
    }

    @Test
    void longerTextsAreRefusedAndNothingChanges() {
        assertThatThrownBy(() -> element.retitle("x".repeat(4_001))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> element.describe("y".repeat(20_001))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> element.expectedResults("y".repeat(20_001))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> element.targetGroups(List.of("Parents", "z".repeat(4_001)))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> element.schedule("Printemps " + "2".repeat(4_000))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> plan.retitle("P".repeat(301))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> element.resultIndicators(java.util.Collections.nCopies(501, "Indicateur")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("more than 500 items");

        assertThat(element.title()).isEqualTo("Axe");
        assertThat(element.targetGroups()).isEmpty();
        assertThat(plan.title()).isEqualTo("Plan d'action 2025-2026");
    }
}
