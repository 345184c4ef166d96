package ca.concerto.tenancy.infrastructure.registry;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.tenancy.testing.PostgresServer;
import ca.concerto.tenancy.testing.TestTenants;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Two nodes, each with its registry in memory: what one changes in the registry, the other knows at once, through
 * PostgreSQL's announcements and not through its own reload of unknown bodies (their clocks stand still, so that
 * reload never comes).
 */
class RegistryChangesTest {

    private static final Clock STILL = Clock.fixed(Instant.parse("2026-12-03T00:00:00Z"), ZoneOffset.UTC);

    private final Tenant gaspesie = tenant("gaspesie");
    private final Tenant laval = tenant("laval");
    private final List<RegistryChanges> listeners = new ArrayList<>();

    private PostgresServer.Database database;
    private TenantRegistrations registrations;
    private JdbcTenantRegistry secondNode;

    @BeforeEach
    void twoNodesOnOnePlatform() {
        database = PostgresServer.shared().newDatabase();
        TestTenants.migrator(database).migrateShared();
        registrations = new JdbcTenantRegistrations(database.owner());
        secondNode = listening(new JdbcTenantRegistry(database.app(), STILL));
        assertThat(secondNode.all()).isEmpty();
    }

    @AfterEach
    void stopListening() {
        listeners.forEach(RegistryChanges::close);
    }

    @Test
    void aBodyProvisionedThroughOneNodeIsKnownToTheOtherAtOnce() {
        JdbcTenantRegistry notListening = new JdbcTenantRegistry(database.app(), STILL);
        assertThat(notListening.all()).isEmpty();

        provision(gaspesie);

        awaitUntil(() -> secondNode.find(gaspesie.slug()).isPresent());
        assertThat(secondNode.find(gaspesie.slug())).contains(gaspesie);
        assertThat(notListening.find(gaspesie.slug())).as("without the announcements, a node would not know it").isEmpty();
    }

    @Test
    void aBodyStoppedThroughOneNodeIsServedByNoneAnyMore() {
        provision(gaspesie);
        awaitUntil(() -> secondNode.find(gaspesie.slug()).isPresent());

        registrations.markMigrationFailed(gaspesie.slug());

        awaitUntil(() -> secondNode.find(gaspesie.slug()).isEmpty());
        assertThat(secondNode.all()).isEmpty();
    }

    @Test
    void aListenerThatLostItsConnectionListensAgainAndCatchesUpOnWhatItMissed() throws SQLException {
        provision(gaspesie);
        awaitUntil(() -> secondNode.find(gaspesie.slug()).isPresent());

        try (Connection connection = database.app().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND query = 'LISTEN " + RegistryChanges.CHANNEL + "'");
        }
        provision(laval);

        awaitUntil(() -> secondNode.find(laval.slug()).isPresent());
        assertThat(secondNode.all()).containsExactlyInAnyOrder(gaspesie, laval);
    }

    @Test
    void aNewSchemaVersionAloneIsNotAnnouncedSinceNoNodeHoldsIt() throws SQLException {
        provision(gaspesie);
        provision(laval);
        try (Connection connection = database.app().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + RegistryChanges.CHANNEL);
            PGConnection postgres = connection.unwrap(PGConnection.class);

            registrations.markActive(gaspesie.slug(), 2); // a start-up's migration: the version only
            registrations.markMigrationFailed(laval.slug()); // committed after it, so announced after it

            List<String> announced = new ArrayList<>();
            while (!announced.contains(laval.slug().value())) {
                PGNotification[] received = postgres.getNotifications(20_000);
                assertThat(received).as("Laval's announcement").isNotEmpty();
                Arrays.stream(received).map(PGNotification::getParameter).forEach(announced::add);
            }
            assertThat(announced).containsExactly(laval.slug().value());
        }
    }

    private JdbcTenantRegistry listening(JdbcTenantRegistry registry) {
        listeners.add(new RegistryChanges(database.app(), registry, Thread::new, Duration.ofMillis(100)).start());
        awaitUntil(this::allListening);
        return registry;
    }

    private boolean allListening() {
        try (Connection connection = database.app().getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND query = 'LISTEN " + RegistryChanges.CHANNEL + "'")) {
            rows.next();
            return rows.getInt(1) == listeners.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As provisioning does it through any node: registered, then active once its schema is made. */
    private void provision(Tenant tenant) {
        registrations.register(tenant);
        registrations.markActive(tenant.slug(), 1);
    }

    /** Waits for what another thread does; the limit only keeps a broken listener from hanging the build. */
    private static void awaitUntil(BooleanSupplier condition) {
        Instant limit = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 20 s for the other node").isBefore(limit);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
