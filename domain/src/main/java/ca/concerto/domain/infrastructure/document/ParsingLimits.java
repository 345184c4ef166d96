package ca.concerto.domain.infrastructure.document;

import ca.concerto.domain.model.document.ImportsBusy;
import ca.concerto.domain.model.document.UnreadableDocument;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Office files are read by a few threads of their own, one file each, for a limited time: however many people
 * import at once, and whatever a file does to the parser, the other requests keep the server's cores, and a
 * file that takes too long is refused as such. The threads touch nothing of the container (no transaction, no
 * persistence, no security context): they only turn bytes into an outline, so plain threads serve.
 */
final class ParsingLimits {

    /** As many files read at once as this machine has cores for it, at most; the rest wait their turn. */
    static final int AT_ONCE = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /** A plan of a hundred pages reads in about a second; this is far beyond. */
    static final Duration LONGEST = Duration.ofSeconds(30);

    private static final ExecutorService READERS = Executors.newFixedThreadPool(AT_ONCE, work -> {
        Thread thread = new Thread(work, "concerto-document-reader");
        thread.setDaemon(true);
        return thread;
    });

    private ParsingLimits() {
    }

    /**
     * @throws UnreadableDocument (TOO_SLOW) when reading the file takes longer than {@link #LONGEST}
     * @throws ImportsBusy when other files were read all that time and this one's turn did not come
     */
    static <T> T read(String fileName, Callable<T> reading) {
        return read(fileName, reading, LONGEST);
    }

    static <T> T read(String fileName, Callable<T> reading, Duration longest) {
        AtomicBoolean started = new AtomicBoolean();
        Future<T> result = READERS.submit(() -> {
            started.set(true);
            return reading.call();
        });
        try {
            return result.get(longest.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            result.cancel(true);
            if (!started.get()) {
                throw new ImportsBusy(fileName + " waited " + longest.toSeconds() + " s for other files to be read");
            }
            throw new UnreadableDocument(UnreadableDocument.Reason.TOO_SLOW, fileName + " takes longer than "
                    + longest.toSeconds() + " s to read");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException("Reading " + fileName + " failed", failed.getCause());
        } catch (InterruptedException interrupted) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + fileName, interrupted);
        }
    }
}
