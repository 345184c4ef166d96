package ca.concerto.tenancy.infrastructure.persistence;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.testing.PostgresServer;
import ca.concerto.tenancy.testing.TestTenants;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit trail is append-only for the application: its role cannot rewrite history. */
class AuditGrantsTest {

    private static final Tenant TENANT = tenant("monteregie");
    private static PostgresServer.Database database;

    @BeforeAll
    static void provision() throws SQLException {
        database = PostgresServer.shared().newDatabase();
        TestTenants.provision(database, TENANT);
        try (Connection connection = app(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO revision (id, recorded_at, author, tenant, kind, comment) "
                    + "VALUES (1, 0, 'camille', 'monteregie', 'ADOPTION', 'Adopté le 24 mai 2018')");
        }
    }

    @Test
    void theApplicationCannotChangeARevision() {
        assertThatThrownBy(() -> execute("UPDATE revision SET author = 'someone else' WHERE id = 1"))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
    }

    @Test
    void theApplicationCannotDeleteARevisionNorEmptyTheAuditTables() {
        assertThatThrownBy(() -> execute("DELETE FROM revision WHERE id = 1")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("DELETE FROM plan_aud")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("TRUNCATE plan_element_aud")).isInstanceOf(SQLException.class);
    }

    @Test
    void noAuditTableOfTheSchemaCanBeUpdatedOrDeletedByTheApplication() throws SQLException {
        List<String> auditTables = new ArrayList<>();
        try (Connection connection = database.owner().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                        + TENANT.schema() + "' AND (table_name LIKE '%\\_aud' OR table_name = 'revision')")) {
            while (rows.next()) {
                auditTables.add(rows.getString(1));
            }
        }
        assertThat(auditTables).contains("revision", "plan_aud", "plan_element_aud", "plan_element_indicator_aud");
        try (Connection connection = database.owner().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : auditTables) {
                for (String privilege : new String[] {"UPDATE", "DELETE", "TRUNCATE"}) {
                    try (ResultSet row = statement.executeQuery("SELECT has_table_privilege('" + PostgresServer.APP + "', '"
                            + TENANT.schema() + "." + table + "', '" + privilege + "')")) {
                        row.next();
                        assertThat(row.getBoolean(1)).as(privilege + " on " + table).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void theApplicationStillWritesAndReadsNewRevisions() throws SQLException {
        execute("INSERT INTO revision (id, recorded_at, author, tenant, kind, comment) "
                + "VALUES (2, 0, 'camille', 'monteregie', 'EDIT', '')");
        try (Connection connection = app(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM revision")) {
            rows.next();
            assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(2);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = app(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection app() throws SQLException {
        Connection connection = database.app().getConnection();
        connection.setSchema(TENANT.schema().value());
        return connection;
    }
}
