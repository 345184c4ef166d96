package ca.concerto.tenancy.infrastructure.registry;

import ca.concerto.tenancy.domain.TenantRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps this node's registry in step with every other node's: the registry's table announces each change at its
 * commit on a PostgreSQL channel (platform V10), and this listener reads the registry again at each announcement. A
 * body provisioned or changed through one node is thus known to all of them at once, whoever changed it. Announcements
 * made while the connection is lost are lost with it: the registry is read again each time it is opened.
 */
public class RegistryChanges implements AutoCloseable {

    static final String CHANNEL = "concerto_registry";
    private static final Logger LOG = Logger.getLogger(RegistryChanges.class.getName());
    /** How long one wait for announcements lasts: the longest a closing listener takes to notice. */
    private static final int WAIT_MILLIS = 1_000;

    private final DataSource dataSource;
    private final TenantRegistry registry;
    private final Duration retry;
    private final Thread listener;
    private volatile boolean running = true;

    public RegistryChanges(DataSource dataSource, TenantRegistry registry, ThreadFactory threads, Duration retry) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.retry = retry;
        this.listener = threads.newThread(this::listen);
        listener.setName("concerto-registry-changes");
        listener.setDaemon(true);
    }

    public RegistryChanges start() {
        listener.start();
        return this;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                registry.refresh();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] announced = postgres.getNotifications(WAIT_MILLIS);
                    if (announced != null && announced.length > 0) {
                        registry.refresh();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Not listening to the registry's changes; trying again in " + retry.toSeconds() + " s", e);
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(retry.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
        try {
            listener.join(WAIT_MILLIS * 3L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
