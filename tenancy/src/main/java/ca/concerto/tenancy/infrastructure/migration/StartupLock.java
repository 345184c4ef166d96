package ca.concerto.tenancy.infrastructure.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets one node at a time run the platform's start-up (migrations, demo bodies, the network's copies): nodes started
 * together would otherwise each create the demo bodies and import their plans. A PostgreSQL advisory lock, held by
 * the session of one connection: a node that dies while holding it loses its session, and the lock with it, so a
 * crash never blocks the others (D55).
 */
public class StartupLock {

    /** Any number nothing else locks: "concert" in ASCII, then 1. */
    static final long KEY = 0x636f6e6365727401L;
    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    private final DataSource dataSource;

    public StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Waits for any other node's start-up to end, then holds the lock until the returned hold is closed. */
    public Hold hold() {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                if (!tryLock(statement)) {
                    LOG.info("Another node is running the platform's start-up: waiting for it to end");
                    statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
                }
                return new Hold(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the platform's start-up lock", e);
        }
    }

    private static boolean tryLock(Statement statement) throws SQLException {
        try (ResultSet taken = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
            return taken.next() && taken.getBoolean(1);
        }
    }

    /** The lock, held by one session until closed. */
    public static final class Hold implements AutoCloseable {

        private final Connection connection;

        private Hold(Connection connection) {
            this.connection = connection;
        }

        /** Releases the lock; if the session is already lost, PostgreSQL has released it with the session. */
        @Override
        public void close() {
            try (connection; Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "The start-up lock's session was lost, and the lock released with it", e);
            }
        }
    }
}
