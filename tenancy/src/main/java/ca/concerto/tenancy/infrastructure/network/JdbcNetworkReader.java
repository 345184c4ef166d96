package ca.concerto.tenancy.infrastructure.network;

import ca.concerto.tenancy.domain.NetworkAssessment;
import ca.concerto.tenancy.domain.NetworkElement;
import ca.concerto.tenancy.domain.NetworkPublication;
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
            SELECT t.slug, t.display_name, t.region, e.plan_id, e.plan_title, e.period_label, e.adopted_on,
                   e.id, e.parent_id, e.level_code, e.number, e.title, e.description, e.schedule_text, e.lead_text,
                   e.lead_organisation, e.lead_sector, e.fields_of_action, e.target_groups, e.has_children,
                   e.collaborators, e.result_indicators, e.expected_results
            FROM platform.published_element e JOIN platform.tenant t ON t.slug = e.tenant AND t.status = 'ACTIVE'
            ORDER BY t.display_name, t.slug, e.adopted_on DESC, e.plan_id, e.parent_id NULLS FIRST, e.position""";

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
                texts(rows.getArray("fields_of_action")), texts(rows.getArray("target_groups")), rows.getBoolean("has_children"),
                texts(rows.getArray("collaborators")), texts(rows.getArray("result_indicators")), rows.getString("expected_results"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
