package ca.concerto.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's floor for a plan page: one SQL query returning the plan's tree with every field the page shows
 * (the element's texts, its lists, its latest follow-up report), through the same JDBC driver the platform uses.
 * Nothing can serve the page faster than the database answers it.
 */
final class RawSqlFloor {

    /** The tree of one plan, each element with its lists and its latest report, in the document's order. */
    private static final String TREE = """
            WITH RECURSIVE tree AS (
                SELECT e.*, ARRAY[e.position] AS path FROM %1$s.plan_element e WHERE e.plan_id = ? AND e.parent_id IS NULL
                UNION ALL
                SELECT c.*, t.path || c.position FROM %1$s.plan_element c JOIN tree t ON c.parent_id = t.id)
            SELECT t.id, t.parent_id, t.level_code, t.number, t.title, t.description, t.schedule_text, t.schedule_start,
                   t.schedule_end, t.lead_text, t.expected_results, t.version,
                   (SELECT string_agg(name, E'\\n' ORDER BY position) FROM %1$s.plan_element_collaborator WHERE element_id = t.id),
                   (SELECT string_agg(text, E'\\n' ORDER BY position) FROM %1$s.plan_element_indicator WHERE element_id = t.id),
                   (SELECT string_agg(text, E'\\n' ORDER BY position) FROM %1$s.plan_element_target_group WHERE element_id = t.id),
                   (SELECT string_agg(field_code, ',') FROM %1$s.plan_element_field_of_action WHERE element_id = t.id),
                   r.status, r.percent_complete, r.note
            FROM tree t
            LEFT JOIN LATERAL (SELECT status, percent_complete, note FROM %1$s.progress_report
                               WHERE element_id = t.id ORDER BY reporting_period DESC LIMIT 1) r ON true
            ORDER BY t.path""";

    private final String url;
    private final String schema;
    private final long planId;

    RawSqlFloor(String url, String tenant, long planId) {
        this.url = url;
        this.planId = planId;
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT schema_name FROM platform.tenant WHERE slug = ?")) {
            statement.setString(1, tenant);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No tenant " + tenant + " in the registry at " + url);
                }
                this.schema = result.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database at " + url + " could not be read", e);
        }
    }

    /** Median, p99 and rows of the query run one after the other by one client, after a warm-up. */
    Measure oneClient(int runs) {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(TREE.formatted(schema))) {
            List<Long> nanos = new ArrayList<>();
            int rows = 0;
            for (int run = 0; run < runs + runs / 2; run++) {
                long start = System.nanoTime();
                rows = read(query);
                if (run >= runs / 2) {
                    nanos.add(System.nanoTime() - start);
                }
            }
            Collections.sort(nanos);
            return new Measure(millis(nanos.get(nanos.size() / 2)), millis(nanos.get((int) (nanos.size() * 0.99))), rows, 0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Queries per second when that many clients run the query over and over for that long. */
    double throughput(int clients, long seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            pool.submit(() -> {
                try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(TREE.formatted(schema))) {
                    while (System.nanoTime() < until) {
                        read(query);
                        done.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        return done.get() / (double) seconds;
    }

    private int read(PreparedStatement query) throws SQLException {
        query.setLong(1, planId);
        int rows = 0;
        try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
                for (int column = 1; column <= 19; column++) {
                    result.getObject(column);
                }
                rows++;
            }
        }
        return rows;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "concerto", "concerto");
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    record Measure(double medianMillis, double p99Millis, int rows, double perSecond) {
    }
}
