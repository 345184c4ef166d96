package ca.concerto.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The read log keeps what was read as a code every language can word; older lines in words stay as they are. */
class HistoryReadingTest {

    @Test
    void aReadingIsReadBackFromItsCode() {
        HistoryReading comparison = HistoryReading.comparison(3, null);

        assertThat(comparison.code()).isEqualTo("COMPARISON 3 now");
        assertThat(HistoryReading.parse(comparison.code())).contains(comparison);
        assertThat(HistoryReading.parse(HistoryReading.stateAt(18).code())).contains(HistoryReading.stateAt(18));
        assertThat(HistoryReading.parse("TIMELINE")).contains(HistoryReading.timeline());
    }

    @Test
    void aLineWrittenInWordsIsNoCode() {
        assertThat(HistoryReading.parse("changes since adoption")).isEmpty();
        assertThat(HistoryReading.parse("")).isEmpty();
        assertThat(HistoryReading.parse(null)).isEmpty();
    }
}
