package ca.concerto.tenancy.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.tenancy.testing.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two nodes starting at once against one real PostgreSQL: one runs the start-up, the other waits for it. */
class StartupLockTest {

    /** Advisory locks in this test's database (the server is shared with other tests). */
    private static final String ADVISORY =
            "locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private final ExecutorService secondNode = Executors.newSingleThreadExecutor();
    private PostgresServer.Database database;
    private StartupLock lock;

    @BeforeEach
    void onePlatform() {
        database = PostgresServer.shared().newDatabase();
        lock = new StartupLock(database.owner());
    }

    @AfterEach
    void stop() {
        secondNode.shutdownNow();
    }

    @Test
    void aSecondNodeWaitsForTheFirstNodesStartUpToEnd() throws Exception {
        CompletableFuture<StartupLock.Hold> second;
        try (StartupLock.Hold first = lock.hold()) {
            second = CompletableFuture.supplyAsync(lock::hold, secondNode);
            awaitWaitingSessions(1);
            assertThat(second).as("the second node waits while the first runs the start-up").isNotDone();
        }
        try (StartupLock.Hold held = second.get(30, TimeUnit.SECONDS)) {
            assertThat(waitingSessions()).isZero();
        }
    }

    @Test
    void aNodeThatDiesDuringItsStartUpDoesNotBlockTheOthers() throws Exception {
        StartupLock.Hold dying = lock.hold();
        int dyingBackend = backendHoldingTheLock();
        CompletableFuture<StartupLock.Hold> second = CompletableFuture.supplyAsync(lock::hold, secondNode);
        awaitWaitingSessions(1);

        terminate(dyingBackend);

        try (StartupLock.Hold held = second.get(30, TimeUnit.SECONDS)) {
            assertThat(backendHoldingTheLock()).isNotEqualTo(dyingBackend);
        }
        dying.close();
    }

    @Test
    void aStartUpThatEndedLeavesTheLockFreeForTheNext() {
        lock.hold().close();

        try (StartupLock.Hold next = lock.hold()) {
            assertThat(waitingSessions()).isZero();
        }
        assertThat(backendHoldingTheLock()).as("nobody holds it after the last start-up").isZero();
    }

    private void awaitWaitingSessions(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (waitingSessions() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(waitingSessions()).isEqualTo(expected);
    }

    private int waitingSessions() {
        return count("SELECT count(*) FROM pg_locks WHERE " + ADVISORY + " AND NOT granted");
    }

    private int backendHoldingTheLock() {
        return count("SELECT coalesce(max(pid), 0) FROM pg_locks WHERE " + ADVISORY + " AND granted");
    }

    private void terminate(int backend) {
        count("SELECT count(*) FROM pg_stat_activity WHERE pg_terminate_backend(" + backend + ")");
    }

    private int count(String sql) {
        try (Connection connection = database.owner().getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
