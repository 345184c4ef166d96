package ca.concerto.tenancy.infrastructure.network;

import ca.concerto.tenancy.domain.NetworkAssessment;
import ca.concerto.tenancy.domain.NetworkElement;
import ca.concerto.tenancy.domain.NetworkPublication;
import ca.concerto.tenancy.domain.NetworkReader;
import ca.concerto.tenancy.domain.SchemaName;
import ca.concerto.tenancy.domain.TenantSlug;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The network's reads over JDBC, as the network's database role ({@code ConcertoNetworkDS}), in read-only transactions. */
public class JdbcNetworkReader implements NetworkReader {

    /**
     * Every body's copy in one query, bodies by name, each body's rows in its copy's order (read through the index on
     * {@code (tenant, ord)} body by body: sorting 50,000 wide rows cost more than reading them). The lists come as one
     * text each, their entries separated by the unit separator (U+001F), which no list entry holds: reading a
     * PostgreSQL array per list was half the cost of reading 500 bodies.
     */
    private static final String ELEMENTS = """
            SELECT t.slug, t.display_name, t.region, e.plan_id, e.plan_title, e.period_label, e.adopted_on,
                   e.id, e.parent_id, e.level_code, e.number, e.title, e.description, e.schedule_text, e.lead_text,
                   e.lead_organisation, e.lead_sector, array_to_string(e.fields_of_action, E'\\x1f') AS fields_of_action,
                   array_to_string(e.target_groups, E'\\x1f') AS target_groups, e.has_children,
                   array_to_string(e.collaborators, E'\\x1f') AS collaborators,
                   array_to_string(e.result_indicators, E'\\x1f') AS result_indicators, e.expected_results
            FROM (SELECT slug, display_name, region FROM platform.tenant WHERE status = 'ACTIVE' ORDER BY display_name, slug) t
            CROSS JOIN LATERAL (SELECT * FROM platform.published_element p WHERE p.tenant = t.slug ORDER BY p.ord) e""";

    private static final String UNIT_SEPARATOR = "\u001f";

    private final DataSource network;
    private final NetworkPublication publication;

    public JdbcNetworkReader(DataSource network, NetworkPublication publication) {
        this.network = network;
        this.publication = publication;
    }

    /**
     * The elements of every active tenant's adopted plans, tenant by tenant (by name), in each plan's order: one
     * query of their published copy, made again first for the bodies whose adopted plans changed since.
     */
    @Override
    public List<NetworkElement> adoptedElements() {
        publication.publishChanged();
        try (Connection connection = network.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(ELEMENTS); ResultSet rows = statement.executeQuery()) {
                List<NetworkElement> elements = new ArrayList<>();
                while (rows.next()) {
                    elements.add(element(rows));
                }
                return elements;
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The network's read of the adopted plans failed", e);
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
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT slug, display_name, region FROM platform.tenant WHERE status = 'ACTIVE' ORDER BY display_name");
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
