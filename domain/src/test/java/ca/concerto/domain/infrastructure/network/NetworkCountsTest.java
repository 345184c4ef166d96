package ca.concerto.domain.infrastructure.network;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.infrastructure.demo.DemoPlans;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.plan.Headings;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.infrastructure.network.JdbcNetworkPublication;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The network counts what the plans' pages call actions: the published copy decides in SQL whether an element is an
 * action, and over every demo plan, whatever its shape, it decides as {@link Headings} does.
 */
class NetworkCountsTest {

    private static final List<Tenant> BODIES = List.of(tenant("monteregie"), tenant("capitale-nationale"),
            tenant("montreal-hochelaga"));
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(BODIES.toArray(Tenant[]::new));

    @BeforeAll
    static void importTheDemoPlans() {
        for (Tenant body : BODIES) {
            persistence.inTransaction(body, new RevisionDetails("import", body.slug().value(), RevisionKind.IMPORT, ""),
                    entityManager -> DemoPlans.importInto(entityManager, body.slug().value()));
        }
    }

    @Test
    void everyCopiedElementIsAnActionExactlyWhenThePlansPagesShowItAsARow() throws SQLException {
        new JdbcNetworkPublication(persistence.database().owner()).publishChanged();
        int actions = 0;
        int headings = 0;
        try (Connection connection = persistence.database().owner().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT tenant, title, has_children, schedule_text, lead_text, collaborators,"
                        + " result_indicators, target_groups, expected_results, is_action FROM platform.published_element")) {
            while (rows.next()) {
                boolean heading = Headings.isHeading(rows.getBoolean("has_children"), Headings.fillsAColumn(rows.getString("schedule_text"),
                        rows.getString("lead_text"), list(rows.getArray("collaborators")), list(rows.getArray("result_indicators")),
                        list(rows.getArray("target_groups")), rows.getString("expected_results")));
                assertThat(rows.getBoolean("is_action")).as("%s: %s", rows.getString("tenant"), rows.getString("title"))
                        .isEqualTo(!heading);
                if (heading) {
                    headings++;
                } else {
                    actions++;
                }
            }
        }
        assertThat(actions).as("actions and activities").isGreaterThan(100);
        assertThat(headings).as("axes, orientations, objectives").isGreaterThan(20);
    }

    private static List<String> list(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
