package ca.concerto.tenancy.infrastructure.network;

import ca.concerto.tenancy.domain.NetworkAssessment;
import ca.concerto.tenancy.domain.NetworkElement;
import ca.concerto.tenancy.domain.NetworkPublication;
import ca.concerto.tenancy.domain.NetworkReader;
import ca.concerto.tenancy.domain.NetworkSummary;
import ca.concerto.tenancy.domain.SchemaName;
import ca.concerto.tenancy.domain.TenantSlug;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The network's reads over JDBC, as the network's database role ({@code ConcertoNetworkDS}), in read-only transactions. */
public class JdbcNetworkReader implements NetworkReader {

    private static final String ACTIVE = "SELECT slug, display_name, region FROM platform.tenant WHERE status = 'ACTIVE'";

    /**
     * The columns of a copied element as {@link #element} reads them. The lists come as one text each, their entries
     * separated by the unit separator (U+001F), which no list entry holds: reading a PostgreSQL array per list was
     * half the cost of reading 500 bodies.
     */
    private static final String ELEMENT_COLUMNS = """
            SELECT t.slug, t.display_name, t.region, e.plan_id, e.plan_title, e.period_label, e.adopted_on,
                   e.id, e.parent_id, e.level_code, e.number, e.title, e.description, e.schedule_text, e.lead_text,
                   e.lead_organisation, e.lead_sector, array_to_string(e.fields_of_action, E'\\x1f') AS fields_of_action,
                   array_to_string(e.target_groups, E'\\x1f') AS target_groups, e.has_children,
                   array_to_string(e.collaborators, E'\\x1f') AS collaborators,
                   array_to_string(e.result_indicators, E'\\x1f') AS result_indicators, e.expected_results
            """;

    /** One body's actions on a field, through the index on {@code (tenant, ord)}. */
    private static final String ACTIONS_ON = ELEMENT_COLUMNS + """
            FROM (%s AND slug = ?) t JOIN platform.published_element e ON e.tenant = t.slug
            WHERE e.is_action AND ? = ANY (e.fields_of_action) ORDER BY e.ord""".formatted(ACTIVE);

    /** Every body's actions whose folded words hold the folded search, bodies by name. */
    private static final String ACTIONS_MENTIONING = ELEMENT_COLUMNS + """
            FROM (%s) t JOIN platform.published_element e ON e.tenant = t.slug
            WHERE e.is_action AND strpos(e.search_text, platform.unaccent(lower(?))) > 0
            ORDER BY t.display_name, t.slug, e.ord""".formatted(ACTIVE);

    /** Each active body's adopted plans, as its copy lists them. */
    private static final String BODIES = """
            SELECT t.slug, t.display_name, t.region, p.title, p.period_label
            FROM (%s) t JOIN platform.published_plan p ON p.tenant = t.slug
            ORDER BY t.display_name, t.slug, p.position""".formatted(ACTIVE);

    /** Each active body's counts, as its copy counted them: per kind, most first, then by label. */
    private static final String COUNTS = """
            SELECT c.tenant, c.kind, c.label, c.actions
            FROM (%s) t JOIN platform.published_count c ON c.tenant = t.slug
            ORDER BY c.tenant, c.kind, c.actions DESC, c.label COLLATE "C"
            """.formatted(ACTIVE);

    private static final String UNIT_SEPARATOR = "\u001f";

    private final DataSource network;
    private final NetworkPublication publication;

    public JdbcNetworkReader(DataSource network, NetworkPublication publication) {
        this.network = network;
        this.publication = publication;
    }

    /**
     * The counts each body's copy was made with (the copies out of date made again first), in one snapshot: the
     * bodies and the counts agree even while a body's copy is being made again.
     */
    @Override
    public NetworkSummary summary() {
        publication.publishChanged();
        return read(Connection.TRANSACTION_REPEATABLE_READ, connection -> {
            Map<String, List<NetworkSummary.Count>> counts = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(COUNTS); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(rows.getString("kind"), kind -> new ArrayList<>()).add(new NetworkSummary.Count(
                            rows.getString("tenant"), rows.getString("label"), rows.getInt("actions")));
                }
            }
            return new NetworkSummary(bodies(connection), counts.getOrDefault("FIELD", List.of()),
                    counts.getOrDefault("TARGET_GROUP", List.of()), counts.getOrDefault("LEAD_SECTOR", List.of()));
        });
    }

    @Override
    public List<NetworkElement> actionsOn(String field, String tenant) {
        publication.publishChanged();
        return read(Connection.TRANSACTION_READ_COMMITTED, connection -> elements(connection, ACTIONS_ON, tenant, field));
    }

    @Override
    public List<NetworkElement> actionsMentioning(String words) {
        publication.publishChanged();
        return read(Connection.TRANSACTION_READ_COMMITTED, connection -> elements(connection, ACTIONS_MENTIONING, words));
    }

    private <T> T read(int isolation, Reading<T> reading) {
        try (Connection connection = network.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(isolation);
            try {
                return reading.read(connection);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The network's read of the adopted plans failed", e);
        }
    }

    private interface Reading<T> {
        T read(Connection connection) throws SQLException;
    }

    /** The bodies, each from its first row, with the plans of all its rows. */
    private static List<NetworkSummary.Body> bodies(Connection connection) throws SQLException {
        Map<String, NetworkSummary.Body> bodies = new LinkedHashMap<>();
        Map<String, List<NetworkSummary.AdoptedPlan>> plans = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(BODIES); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String slug = rows.getString("slug");
                if (!bodies.containsKey(slug)) {
                    bodies.put(slug, new NetworkSummary.Body(slug, rows.getString("display_name"), rows.getString("region"), List.of()));
                    plans.put(slug, new ArrayList<>());
                }
                plans.get(slug).add(new NetworkSummary.AdoptedPlan(rows.getString("title"), rows.getString("period_label")));
            }
        }
        return bodies.values().stream().map(body -> new NetworkSummary.Body(body.slug(), body.name(), body.region(),
                plans.get(body.slug()))).toList();
    }

    private static List<NetworkElement> elements(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<NetworkElement> elements = new ArrayList<>();
                while (rows.next()) {
                    elements.add(element(rows));
                }
                return elements;
            }
        }
    }

    /**
     * Every tenant's assessment of a policy watch item, for the network; or, with {@code sharedOnly}, only
     * those their tenant shares, for other tenants (read from the tenants' {@code shared_policy_assessment}
     * view, which holds nothing else).
     *
     * @param exceptTenant a tenant to leave out (the reader's own), or null
     */
    @Override
    public List<NetworkAssessment> assessments(long itemId, boolean sharedOnly, String exceptTenant) {
        String view = sharedOnly ? "shared_policy_assessment" : "network_policy_assessment";
        try (Connection connection = network.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try {
                List<NetworkAssessment> assessments = new ArrayList<>();
                for (String[] tenant : activeTenants(connection)) {
                    if (tenant[0].equals(exceptTenant)) {
                        continue;
                    }
                    SchemaName schema = SchemaName.of(new TenantSlug(tenant[0]));
                    try (PreparedStatement statement = connection.prepareStatement("SELECT impact, action_needed, note, "
                            + (sharedOnly ? "true" : "shared") + " AS shared, assessed_on FROM " + schema.value() + "." + view
                            + " WHERE item_id = ?")) {
                        statement.setLong(1, itemId);
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                assessments.add(new NetworkAssessment(tenant[0], tenant[1], rows.getString("impact"),
                                        rows.getBoolean("action_needed"), rows.getString("note"), rows.getBoolean("shared"),
                                        rows.getDate("assessed_on").toLocalDate()));
                            }
                        }
                    }
                }
                return assessments;
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The network's read of the assessments failed", e);
        }
    }

    private static List<String[]> activeTenants(Connection connection) throws SQLException {
        List<String[]> tenants = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ACTIVE + " ORDER BY display_name");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tenants.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        return tenants;
    }

    private static NetworkElement element(ResultSet rows) throws SQLException {
        Date adoptedOn = rows.getDate("adopted_on");
        Long parentId = rows.getObject("parent_id") == null ? null : rows.getLong("parent_id");
        return new NetworkElement(rows.getString("slug"), rows.getString("display_name"), rows.getString("region"),
                rows.getLong("plan_id"), rows.getString("plan_title"), rows.getString("period_label"),
                adoptedOn == null ? null : adoptedOn.toLocalDate(), rows.getLong("id"), parentId, rows.getString("level_code"),
                rows.getString("number"), rows.getString("title"), rows.getString("description"), rows.getString("schedule_text"),
                rows.getString("lead_text"), rows.getString("lead_organisation"), rows.getString("lead_sector"),
                entries(rows.getString("fields_of_action")), entries(rows.getString("target_groups")), rows.getBoolean("has_children"),
                entries(rows.getString("collaborators")), entries(rows.getString("result_indicators")), rows.getString("expected_results"));
    }

    private static List<String> entries(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(UNIT_SEPARATOR, -1));
    }

}
