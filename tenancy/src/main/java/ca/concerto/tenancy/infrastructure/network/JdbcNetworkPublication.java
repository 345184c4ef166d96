package ca.concerto.tenancy.infrastructure.network;

import ca.concerto.tenancy.domain.NetworkPublication;
import ca.concerto.tenancy.domain.SchemaName;
import ca.concerto.tenancy.domain.TenantSlug;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The publication over JDBC, as the owner role: each body's adopted plans, as its {@code network_element} and
 * {@code network_plan} views show them, copied into {@code platform.published_element}; a body is out of date when
 * its registry row's {@code network_stale} is set (by its tables' triggers, tenant migration V16, or a restore).
 */
public class JdbcNetworkPublication implements NetworkPublication {

    /**
     * The copy, with what the network's counts and searches need worked out once here: whether the element is an
     * action, by the plans' tables' rule ({@code Headings}: a heading has elements under it and fills none of the
     * columns; {@code NetworkCountsTest} holds the two to the same answer), and its words folded as searches fold
     * them (lower case, accents aside).
     */
    private static final String COPY = """
            INSERT INTO platform.published_element (tenant, plan_id, plan_title, period_label, adopted_on, id, parent_id,
                   position, level_code, number, title, description, schedule_text, lead_text, lead_organisation, lead_sector,
                   fields_of_action, target_groups, has_children, collaborators, result_indicators, expected_results, ord,
                   is_action, search_text)
            SELECT ?, p.id, p.title, p.period_label, p.adopted_on, e.id, e.parent_id, e.position, e.level_code, e.number,
                   e.title, e.description, e.schedule_text, e.lead_text, e.lead_organisation, e.lead_sector, e.fields_of_action,
                   e.target_groups, e.has_children, e.collaborators, e.result_indicators, e.expected_results,
                   row_number() OVER (ORDER BY p.adopted_on DESC, p.id, e.parent_id NULLS FIRST, e.position),
                   NOT (e.has_children AND e.schedule_text IS NULL AND e.lead_text IS NULL AND cardinality(e.collaborators) = 0
                        AND cardinality(e.result_indicators) = 0 AND cardinality(e.target_groups) = 0
                        AND e.expected_results IS NULL),
                   platform.unaccent(lower(concat_ws(' ', e.title, e.description, e.lead_text,
                        array_to_string(e.target_groups, ' '))))
            FROM %1$s.network_element e JOIN %1$s.network_plan p ON p.id = e.plan_id""";

    /** The body's adopted plans (as titled and dated), in its copy's order: newest adoption first. */
    private static final String PLANS = """
            INSERT INTO platform.published_plan (tenant, position, title, period_label)
            SELECT tenant, row_number() OVER (ORDER BY min(ord)), plan_title, period_label
            FROM platform.published_element WHERE tenant = ? GROUP BY tenant, plan_title, period_label""";

    /** The body's actions counted per field of action, per target group (a list's entries) and per lead's sector. */
    private static final String COUNTS = """
            INSERT INTO platform.published_count (tenant, kind, label, actions)
            SELECT tenant, 'FIELD', label, count(*) FROM platform.published_element, unnest(fields_of_action) AS label
            WHERE tenant = ? AND is_action GROUP BY tenant, label
            UNION ALL
            SELECT tenant, 'TARGET_GROUP', label, count(*) FROM platform.published_element, unnest(target_groups) AS label
            WHERE tenant = ? AND is_action GROUP BY tenant, label
            UNION ALL
            SELECT tenant, 'LEAD_SECTOR', coalesce(lead_sector, ''), count(*) FROM platform.published_element
            WHERE tenant = ? AND is_action AND lead_text IS NOT NULL GROUP BY tenant, coalesce(lead_sector, '')""";

    private final DataSource owner;

    public JdbcNetworkPublication(DataSource owner) {
        this.owner = owner;
    }

    @Override
    public int publishChanged() {
        try (Connection connection = owner.getConnection()) {
            int published = 0;
            for (String slug : staleTenants(connection)) {
                if (publish(connection, slug)) {
                    published++;
                }
            }
            return published;
        } catch (SQLException e) {
            throw new IllegalStateException("The publication of the adopted plans for the network failed", e);
        }
    }

    private static void update(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<String> staleTenants(Connection connection) throws SQLException {
        List<String> slugs = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT slug FROM platform.tenant WHERE network_stale AND status = 'ACTIVE' ORDER BY slug");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                slugs.add(rows.getString(1));
            }
        }
        return slugs;
    }

    /**
     * One body's copy, in one transaction. Marking it fresh first locks its registry row: a change committed while
     * the copy is made waits for it, then marks the body out of date again, and the next read copies it anew.
     * Another node copying the same body at once finds it fresh and leaves it.
     */
    private static boolean publish(Connection connection, String slug) throws SQLException {
        SchemaName schema = SchemaName.of(new TenantSlug(slug));
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement fresh = connection.prepareStatement(
                    "UPDATE platform.tenant SET network_stale = false WHERE slug = ? AND network_stale")) {
                fresh.setString(1, slug);
                if (fresh.executeUpdate() == 0) {
                    connection.rollback();
                    return false;
                }
            }
            for (String table : List.of("published_count", "published_plan", "published_element")) {
                update(connection, "DELETE FROM platform." + table + " WHERE tenant = ?", slug);
            }
            update(connection, COPY.formatted(schema.value()), slug);
            update(connection, PLANS, slug);
            update(connection, COUNTS, slug, slug, slug);
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
