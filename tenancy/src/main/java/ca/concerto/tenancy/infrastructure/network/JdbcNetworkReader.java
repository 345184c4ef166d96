package ca.concerto.tenancy.infrastructure.network;

import ca.concerto.tenancy.domain.NetworkAssessment;
import ca.concerto.tenancy.domain.NetworkElement;
import ca.concerto.tenancy.domain.NetworkReader;
import ca.concerto.tenancy.domain.SchemaName;
import ca.concerto.tenancy.domain.TenantSlug;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/** The network's reads over JDBC, as the network's database role ({@code ConcertoNetworkDS}), in read-only transactions. */
public class JdbcNetworkReader implements NetworkReader {

    private static final String ELEMENTS = """
            SELECT p.id AS plan_id, p.title AS plan_title, p.period_label, p.adopted_on,
                   e.id, e.parent_id, e.level_code, e.number, e.title, e.description, e.schedule_text, e.lead_text,
                   e.lead_organisation, e.lead_sector, e.fields_of_action, e.target_groups, e.has_children,
                   e.collaborators, e.result_indicators, e.expected_results
            FROM %1$s.network_element e JOIN %1$s.network_plan p ON p.id = e.plan_id
            ORDER BY p.adopted_on DESC, p.id, e.parent_id NULLS FIRST, e.position""";

    private final DataSource network;

    public JdbcNetworkReader(DataSource network) {
        this.network = network;
    }

    /** The elements of every active tenant's adopted plans, tenant by tenant (by name), in each plan's order. */
    @Override
    public List<NetworkElement> adoptedElements() {
        try (Connection connection = network.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try {
                List<NetworkElement> elements = new ArrayList<>();
                for (String[] tenant : activeTenants(connection)) {
                    readTenant(connection, tenant, elements);
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

    private static void readTenant(Connection connection, String[] tenant, List<NetworkElement> into) throws SQLException {
        SchemaName schema = SchemaName.of(new TenantSlug(tenant[0]));
        try (PreparedStatement statement = connection.prepareStatement(ELEMENTS.formatted(schema.value()));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Date adoptedOn = rows.getDate("adopted_on");
                Long parentId = rows.getObject("parent_id") == null ? null : rows.getLong("parent_id");
                into.add(new NetworkElement(tenant[0], tenant[1], tenant[2], rows.getLong("plan_id"), rows.getString("plan_title"),
                        rows.getString("period_label"), adoptedOn == null ? null : adoptedOn.toLocalDate(), rows.getLong("id"),
                        parentId, rows.getString("level_code"), rows.getString("number"),
                        rows.getString("title"), rows.getString("description"), rows.getString("schedule_text"),
                        rows.getString("lead_text"), rows.getString("lead_organisation"), rows.getString("lead_sector"),
                        texts(rows.getArray("fields_of_action")), texts(rows.getArray("target_groups")),
                        rows.getBoolean("has_children"), texts(rows.getArray("collaborators")),
                        texts(rows.getArray("result_indicators")), rows.getString("expected_results")));
            }
        }
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
