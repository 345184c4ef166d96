package ca.concerto.domain.model.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void aQuarterIsReadFromItsCodeAndCoversItsThreeMonths() {
        ReportingPeriod spring = ReportingPeriod.parse("2019-Q2");

        assertThat(spring.start()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(spring.end()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(spring.contains(LocalDate.of(2019, 6, 20))).isTrue();
        assertThat(ReportingPeriod.containing(LocalDate.of(2019, 12, 31)).code()).isEqualTo("2019-Q4");
        assertThat(ReportingPeriod.containing(LocalDate.of(2019, 12, 31)).next().code()).isEqualTo("2020-Q1");
    }

    @Test
    void thePeriodsOfAPlanRunFromTheQuarterOfItsStartToTheQuarterOfItsEnd() {
        assertThat(ReportingPeriod.between(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31)))
                .extracting(ReportingPeriod::code).containsExactly("2018-Q2", "2018-Q3", "2018-Q4", "2019-Q1");
    }

    @Test
    void anythingButYearDashQuarterIsRefused() {
        assertThatThrownBy(() -> ReportingPeriod.parse("printemps 2019")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2019-Q2");
        assertThatThrownBy(() -> ReportingPeriod.parse("2019-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
