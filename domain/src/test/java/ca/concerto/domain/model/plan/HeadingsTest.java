package ca.concerto.domain.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule tells headings from rows, for the plan's pages and the network alike. */
class HeadingsTest {

    @Test
    void anElementHeadsOthersOnlyWhenItHasSomeAndFillsNoColumn() {
        boolean empty = Headings.fillsAColumn(null, null, List.of(), List.of(), List.of(), null);
        assertThat(Headings.isHeading(true, empty)).as("an axis").isTrue();
        assertThat(Headings.isHeading(false, empty)).as("an activity with nothing but its wording").isFalse();
        assertThat(Headings.isHeading(true, Headings.fillsAColumn(null, "DSP", List.of(), List.of(), List.of(), null)))
                .as("an action with its activities").isFalse();
        assertThat(Headings.fillsAColumn(null, null, List.of("AE"), List.of(), List.of(), null)).isTrue();
        assertThat(Headings.fillsAColumn(null, null, List.of(), List.of("Nombre"), List.of(), null)).isTrue();
        assertThat(Headings.fillsAColumn(null, null, List.of(), List.of(), List.of(), "Des familles rejointes")).isTrue();
    }
}
