package ca.concerto.domain.infrastructure.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.model.document.ImportsBusy;
import ca.concerto.domain.model.document.UnreadableDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * A file that takes too long to read is refused as such, and its reading stopped; when every reader is taken, a
 * file waits its turn for a while, then the person is told to try again: the readers never take more.
 */
class ParsingLimitsTest {

    @Test
    void aFileThatTakesTooLongIsRefusedAndItsReadingStopped() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        assertThatThrownBy(() -> ParsingLimits.read("lent.docx", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException interrupted) {
                stopped.countDown();
            }
            return "lu";
        }, Duration.ofMillis(300))).isInstanceOf(UnreadableDocument.class)
                .hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.TOO_SLOW);
        assertThat(stopped.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void whenEveryReaderIsTakenAFileWaitsItsTurnThenThePersonIsToldToTryAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch allStarted = new CountDownLatch(ParsingLimits.AT_ONCE);
        List<CompletableFuture<String>> busy = new ArrayList<>();
        for (int reader = 0; reader < ParsingLimits.AT_ONCE; reader++) {
            busy.add(CompletableFuture.supplyAsync(() -> ParsingLimits.read("gros.docx", () -> {
                allStarted.countDown();
                release.await();
                return "lu";
            })));
        }
        assertThat(allStarted.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> ParsingLimits.read("suivant.docx", () -> "lu", Duration.ofMillis(300))).isInstanceOf(ImportsBusy.class);

        release.countDown();
        for (CompletableFuture<String> reading : busy) {
            assertThat(reading.get()).isEqualTo("lu");
        }
        assertThat(ParsingLimits.read("suivant.docx", () -> "lu")).isEqualTo("lu");
    }
}
