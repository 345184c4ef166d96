package ca.concerto.tenancy.infrastructure.network;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.tenancy.domain.NetworkElement;
import ca.concerto.tenancy.domain.NetworkSummary;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.infrastructure.network.JdbcNetworkReader;
import ca.concerto.tenancy.testing.PostgresServer;
import ca.concerto.tenancy.testing.TestTenants;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
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
    void everyTenantsAdoptedPlansAreCountedAndNoDraftEverNorAHeading() {
        NetworkSummary summary = reader().summary();

        assertThat(summary.bodies()).extracting(NetworkSummary.Body::slug).containsExactly("capitale-nationale", "monteregie");
        assertThat(summary.bodies()).flatExtracting(NetworkSummary.Body::plans).containsExactly(
                new NetworkSummary.AdoptedPlan("Plan adopté de la Capitale", "2018-2019"),
                new NetworkSummary.AdoptedPlan("Plan adopté de la Montérégie", "2018-2019"));
        // The axis is tagged with the field too, but heads the action: one action per body, the drafts' never.
        assertThat(summary.actionsPerField()).containsExactly(new NetworkSummary.Count("capitale-nationale", "early-literacy", 1),
                new NetworkSummary.Count("monteregie", "early-literacy", 1));
        assertThat(summary.targetGroups()).containsExactly(new NetworkSummary.Count("capitale-nationale", "Parents", 1),
                new NetworkSummary.Count("capitale-nationale", "Tout-petits", 1), new NetworkSummary.Count("monteregie", "Parents", 1),
                new NetworkSummary.Count("monteregie", "Tout-petits", 1));
        assertThat(summary.leadSectors()).containsExactly(new NetworkSummary.Count("capitale-nationale", "Santé", 1),
                new NetworkSummary.Count("monteregie", "Santé", 1));
    }

    @Test
    void theActionsBehindACountAreOneBodysActionsOnTheFieldInFull() {
        List<NetworkElement> actions = reader().actionsOn("early-literacy", "monteregie");

        assertThat(actions).extracting(NetworkElement::title).containsExactly("Action de Plan adopté de la Montérégie");
        NetworkElement action = actions.get(0);
        assertThat(action.tenantName()).isEqualTo("Instance monteregie");
        assertThat(action.fieldsOfAction()).containsExactly("early-literacy");
        assertThat(action.targetGroups()).containsExactly("Parents", "Tout-petits");
        assertThat(action.leadSector()).isEqualTo("Santé");
        assertThat(reader().actionsOn("early-literacy", "capitale-nationale")).extracting(NetworkElement::title)
                .containsExactly("Action de Plan adopté de la Capitale");
        assertThat(reader().actionsOn("nutrition", "monteregie")).isEmpty();
    }

    @Test
    void aSearchFindsTheAdoptedActionsWhateverTheAccentsAndCaseButNeverADraftNorAHeading() {
        assertThat(reader().actionsMentioning("ACTION DE PLAN ADOPTE")).extracting(NetworkElement::title).containsExactly(
                "Action de Plan adopté de la Capitale", "Action de Plan adopté de la Montérégie");
        assertThat(reader().actionsMentioning("montérégie")).extracting(NetworkElement::title)
                .containsExactly("Action de Plan adopté de la Montérégie");
        assertThat(reader().actionsMentioning("tout-petits")).as("a target group").hasSize(2);
        assertThat(reader().actionsMentioning("brouillon")).as("the drafts' actions").isEmpty();
        assertThat(reader().actionsMentioning("axe de")).as("the headings").isEmpty();
        assertThat(reader().actionsMentioning("%")).as("words, not a pattern").isEmpty();
    }

    @Test
    void aPlanAdoptedOrAnOrganisationRenamedAfterAReadIsSeenAtTheNextAndUpToDateBodiesAreNotCopiedAgain() throws SQLException {
        reader().summary();
        assertThat(new JdbcNetworkPublication(database.owner()).publishChanged()).as("bodies copied again with nothing changed").isZero();

        // The application's role adopts the Montérégie's draft and renames the DSP: the triggers mark the body, not Capitale.
        try (Connection connection = database.app().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO t_monteregie");
            statement.execute("UPDATE plan SET status = 'ADOPTED', adopted_on = '2019-05-30' WHERE title = 'Plan en brouillon de la Montérégie'");
            statement.execute("UPDATE organisation SET name = 'Direction régionale de santé publique' WHERE id = 1");
        }
        NetworkSummary summary = reader().summary();

        assertThat(summary.bodies()).filteredOn(body -> body.slug().equals("monteregie")).flatExtracting(NetworkSummary.Body::plans)
                .extracting(NetworkSummary.AdoptedPlan::title).as("newest adoption first")
                .containsExactly("Plan en brouillon de la Montérégie", "Plan adopté de la Montérégie");
        assertThat(summary.actionsPerField()).contains(new NetworkSummary.Count("monteregie", "early-literacy", 2),
                new NetworkSummary.Count("capitale-nationale", "early-literacy", 1));
        assertThat(reader().actionsOn("early-literacy", "monteregie")).extracting(NetworkElement::leadOrganisation)
                .containsOnly("Direction régionale de santé publique");
        assertThat(reader().actionsOn("early-literacy", "capitale-nationale")).extracting(NetworkElement::leadOrganisation)
                .containsOnly("Direction de santé publique");
        // Put back as it was, for the other tests.
        try (Connection connection = database.app().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO t_monteregie");
            statement.execute("UPDATE plan SET status = 'DRAFT', adopted_on = NULL WHERE title = 'Plan en brouillon de la Montérégie'");
            statement.execute("UPDATE organisation SET name = 'Direction de santé publique' WHERE id = 1");
        }
        assertThat(reader().summary().actionsPerField()).contains(new NetworkSummary.Count("monteregie", "early-literacy", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM t_monteregie.plan", "SELECT * FROM t_monteregie.plan_element",
            "SELECT * FROM t_monteregie.plan_aud", "SELECT * FROM t_monteregie.progress_report",
            "SELECT * FROM t_monteregie.organisation", "SELECT * FROM t_monteregie.history_read",
            "UPDATE t_monteregie.network_plan SET title = 'x'", "DELETE FROM t_monteregie.network_element",
            "DELETE FROM platform.published_element", "UPDATE platform.published_element SET title = 'x'",
            "DELETE FROM platform.published_count", "UPDATE platform.published_plan SET title = 'x'",
            "UPDATE platform.tenant SET network_stale = false", "SELECT platform.mark_network_stale()",
            "INSERT INTO platform.tenant (slug, display_name, region, kind, schema_name, status) VALUES ('x', 'x', 'x', 'LOCAL_TABLE', 't_x', 'ACTIVE')"})
    void theNetworksRoleCannotReadATableNorWriteAnything(String sql) {
        assertThatThrownBy(() -> {
            try (Connection connection = database.network().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }).isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState())
                .as("insufficient privilege, or a view that cannot be written").isIn("42501", "55000"));
    }

    @Test
    void theNetworksRoleCannotCreateAFunctionNotEvenATemporaryOne() {
        assertThatThrownBy(() -> {
            try (Connection connection = database.network().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(leak("pg_temp"));
            }
        }).isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
    }

    /**
     * The attack that found the hole: a function that costs nothing runs before the filter of a plain view and
     * prints every row it is given. Even when such a function exists (here made by the owner, since the
     * network's role may create none), the views give it only the rows the network may read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM t_monteregie.network_plan WHERE platform.leak(title)",
            "SELECT * FROM t_monteregie.network_element WHERE platform.leak(title)",
            "SELECT * FROM t_monteregie.shared_policy_assessment WHERE platform.leak(note)"})
    void aCheapFunctionInTheQuerySeesOnlyTheRowsTheViewKeeps(String sql) throws SQLException {
        try (Connection connection = database.owner().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(leak("platform"));
            statement.execute("GRANT EXECUTE ON FUNCTION platform.leak(text) TO " + PostgresServer.NETWORK);
        }
        List<String> printed = new ArrayList<>();
        try (Connection connection = database.network().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeQuery(sql).close();
            for (SQLWarning notice = statement.getWarnings(); notice != null; notice = notice.getNextWarning()) {
                printed.add(notice.getMessage());
            }
        }
        assertThat(printed).noneMatch(text -> text.contains("brouillon") || text.contains("confidentielle"));
    }

    @Test
    void everyViewTheNetworksRoleMayReadIsASecurityBarrier() throws SQLException {
        List<String> plain = new ArrayList<>();
        try (Connection connection = database.owner().getConnection(); Statement statement = connection.createStatement();
                ResultSet views = statement.executeQuery("""
                        SELECT c.relnamespace::regnamespace || '.' || c.relname, coalesce(c.reloptions, '{}')
                        FROM pg_class c WHERE c.relkind = 'v'
                        AND has_table_privilege('%s', c.oid, 'SELECT') AND c.relnamespace::regnamespace::text LIKE 't\\_%%'
                        """.formatted(PostgresServer.NETWORK))) {
            int seen = 0;
            while (views.next()) {
                seen++;
                if (!List.of((String[]) views.getArray(2).getArray()).contains("security_barrier=true")) {
                    plain.add(views.getString(1));
                }
            }
            assertThat(seen).as("views the network may read").isGreaterThanOrEqualTo(8);
        }
        assertThat(plain).isEmpty();
    }

    private static JdbcNetworkReader reader() {
        return new JdbcNetworkReader(database.network(), new JdbcNetworkPublication(database.owner()));
    }

    private static String leak(String schema) {
        return "CREATE OR REPLACE FUNCTION " + schema + ".leak(text) RETURNS boolean LANGUAGE plpgsql COST 0.0000001 AS $$"
                + " BEGIN RAISE NOTICE 'leak: %', $1; RETURN true; END $$";
    }

    /** An adopted plan and a draft, each with an axis and an action led by the DSP. */
    private static void plans(String schema, String adopted, String draft) throws SQLException {
        try (Connection connection = database.owner().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
            statement.execute("INSERT INTO organisation (id, name, acronym, sector, version) VALUES (1, 'Direction de santé publique', 'DSP', 'Santé', 0)");
            int id = 1;
            for (String title : List.of(adopted, draft)) {
                boolean isAdopted = title.equals(adopted);
                statement.execute("INSERT INTO plan (id, lineage, edition, title, kind_fr, kind_en, template_code, period_label, status, adopted_on, version) VALUES ("
                        + id + ", gen_random_uuid(), 1, '" + title + "', 'Plan d''action annuel', 'Annual action plan', 'annual-action-plan', '2018-2019', '"
                        + (isAdopted ? "ADOPTED', '2018-05-24'" : "DRAFT', NULL") + ", 0)");
                statement.execute("INSERT INTO plan_element (id, plan_id, position, level_code, title, version) VALUES ("
                        + (id * 10) + ", " + id + ", 0, 'axe', 'Axe de " + title + "', 0)");
                statement.execute("INSERT INTO plan_element (id, plan_id, parent_id, position, level_code, title, lead_text, lead_organisation_id, version) VALUES ("
                        + (id * 10 + 1) + ", " + id + ", " + (id * 10) + ", 0, 'action', 'Action de " + title + "', 'DSP', 1, 0)");
                statement.execute("INSERT INTO plan_element_field_of_action (element_id, field_code) VALUES (" + (id * 10) + ", 'early-literacy'), ("
                        + (id * 10 + 1) + ", 'early-literacy')");
                statement.execute("INSERT INTO plan_element_target_group (element_id, position, text) VALUES (" + (id * 10 + 1) + ", 0, 'Parents'), ("
                        + (id * 10 + 1) + ", 1, 'Tout-petits')");
                id++;
            }
            statement.execute("INSERT INTO platform.policy_watch_item (id, title, jurisdiction, published_on, status, posted_by,"
                    + " posted_by_tenant, posted_at, version) VALUES (" + schema.length() + ", 'Mesure', 'QUEBEC', '2024-01-01',"
                    + " 'ANNOUNCED', 'x', 'x', now(), 0) ON CONFLICT DO NOTHING");
            statement.execute("INSERT INTO policy_assessment (id, item_id, impact, action_needed, note, shared, assessed_by,"
                    + " assessed_on, version) VALUES (1, " + schema.length() + ", 'HIGH', true, 'Note confidentielle de " + schema
                    + "', false, 'x', '2024-01-02', 0)");
        }
    }
}
