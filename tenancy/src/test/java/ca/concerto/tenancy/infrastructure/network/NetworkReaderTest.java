package ca.concerto.tenancy.infrastructure.network;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.tenancy.domain.NetworkElement;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.infrastructure.network.JdbcNetworkReader;
import ca.concerto.tenancy.testing.PostgresServer;
import ca.concerto.tenancy.testing.TestTenants;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The network's path across tenants reads adopted plans and nothing else: the reader never returns a
 * draft, and its database role, tried directly, cannot read a table, a draft or the audit, nor write.
 */
class NetworkReaderTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    private static final Tenant CAPITALE = tenant("capitale-nationale");
    private static PostgresServer.Database database;

    @BeforeAll
    static void provision() throws SQLException {
        database = PostgresServer.shared().newDatabase();
        TestTenants.provision(database, MONTEREGIE, CAPITALE);
        plans("t_monteregie", "Plan adopté de la Montérégie", "Plan en brouillon de la Montérégie");
        plans("t_capitale_nationale", "Plan adopté de la Capitale", "Plan en brouillon de la Capitale");
    }

    @Test
    void everyTenantsAdoptedPlansAreReadAndNoDraftEver() {
        List<NetworkElement> elements = new JdbcNetworkReader(database.network()).adoptedElements();

        assertThat(elements).extracting(NetworkElement::planTitle).containsOnly("Plan adopté de la Montérégie",
                "Plan adopté de la Capitale");
        assertThat(elements).extracting(NetworkElement::tenant).containsExactlyInAnyOrder("monteregie", "monteregie",
                "capitale-nationale", "capitale-nationale");
        NetworkElement action = elements.stream().filter(e -> e.tenant().equals("monteregie") && e.parentId() != null)
                .findFirst().orElseThrow();
        assertThat(action.fieldsOfAction()).containsExactly("early-literacy");
        assertThat(action.targetGroups()).containsExactly("Parents", "Tout-petits");
        assertThat(action.leadSector()).isEqualTo("Santé");
        assertThat(elements.stream().filter(e -> e.parentId() == null)).allMatch(NetworkElement::hasChildren);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM t_monteregie.plan", "SELECT * FROM t_monteregie.plan_element",
            "SELECT * FROM t_monteregie.plan_aud", "SELECT * FROM t_monteregie.progress_report",
            "SELECT * FROM t_monteregie.organisation", "SELECT * FROM t_monteregie.history_read",
            "UPDATE t_monteregie.network_plan SET title = 'x'", "DELETE FROM t_monteregie.network_element",
            "INSERT INTO platform.tenant (slug, display_name, region, kind, schema_name, status) VALUES ('x', 'x', 'x', 'LOCAL_TABLE', 't_x', 'ACTIVE')"})
    void theNetworksRoleCannotReadATableNorWriteAnything(String sql) {
        assertThatThrownBy(() -> {
            try (Connection connection = database.network().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }).isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState())
                .as("insufficient privilege, or a view that cannot be written").isIn("42501", "55000"));
    }

    /** An adopted plan and a draft, each with an axis and an action led by the DSP. */
    private static void plans(String schema, String adopted, String draft) throws SQLException {
        try (Connection connection = database.owner().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
            statement.execute("INSERT INTO organisation (id, name, acronym, sector, version) VALUES (1, 'Direction de santé publique', 'DSP', 'Santé', 0)");
            int id = 1;
            for (String title : List.of(adopted, draft)) {
                boolean isAdopted = title.equals(adopted);
                statement.execute("INSERT INTO plan (id, lineage, edition, title, type, template_code, period_label, status, adopted_on, version) VALUES ("
                        + id + ", gen_random_uuid(), 1, '" + title + "', 'ANNUAL_ACTION_PLAN', 'annual-action-plan', '2018-2019', '"
                        + (isAdopted ? "ADOPTED', '2018-05-24'" : "DRAFT', NULL") + ", 0)");
                statement.execute("INSERT INTO plan_element (id, plan_id, position, level_code, title, version) VALUES ("
                        + (id * 10) + ", " + id + ", 0, 'axe', 'Axe de " + title + "', 0)");
                statement.execute("INSERT INTO plan_element (id, plan_id, parent_id, position, level_code, title, lead_text, lead_organisation_id, version) VALUES ("
                        + (id * 10 + 1) + ", " + id + ", " + (id * 10) + ", 0, 'action', 'Action de " + title + "', 'DSP', 1, 0)");
                statement.execute("INSERT INTO plan_element_field_of_action (element_id, field_code) VALUES (" + (id * 10 + 1) + ", 'early-literacy')");
                statement.execute("INSERT INTO plan_element_target_group (element_id, position, text) VALUES (" + (id * 10 + 1) + ", 0, 'Parents'), ("
                        + (id * 10 + 1) + ", 1, 'Tout-petits')");
                id++;
            }
        }
    }
}
