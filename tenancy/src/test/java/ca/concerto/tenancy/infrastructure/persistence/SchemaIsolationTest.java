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
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connection provider confines each connection to one tenant's schema, and nothing else gets in. */
class SchemaIsolationTest {

    private static final Tenant A = tenant("monteregie");
    private static final Tenant B = tenant("capitale-nationale");
    private static final SchemaPerTenantConnectionProvider PROVIDER = new SchemaPerTenantConnectionProvider();

    @BeforeAll
    static void twoTenantsWithOneOrganisationInA() throws SQLException {
        PostgresServer.Database database = PostgresServer.shared().newDatabase();
        TestTenants.provision(database, A, B);
        PROVIDER.configure(Map.of(SchemaPerTenantConnectionProvider.DATA_SOURCE, database.app()));
        Connection connection = PROVIDER.getConnection(A.schema().value());
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO organisation (id, name, version) VALUES (1, 'Avenir d''enfants', 0)");
        } finally {
            PROVIDER.releaseConnection(A.schema().value(), connection);
        }
    }

    @Test
    void rowsWrittenAsOneTenantAreInvisibleToAnother() throws SQLException {
        assertThat(count(A, "SELECT count(*) FROM organisation")).isEqualTo(1);
        assertThat(count(B, "SELECT count(*) FROM organisation")).isZero();
    }

    @Test
    void aReleasedConnectionGoesBackToTheSharedSchema() throws SQLException {
        Connection connection = PROVIDER.getConnection(A.schema().value());
        PROVIDER.releaseConnection(A.schema().value(), connection);

        assertThat(connection.isClosed()).isTrue();
        Connection any = PROVIDER.getAnyConnection();
        try {
            assertThat(any.getSchema()).isEqualTo("platform");
            assertThatThrownBy(() -> any.createStatement().executeQuery("SELECT count(*) FROM organisation"))
                    .as("no tenant table outside a tenant's schema").isInstanceOf(SQLException.class);
        } finally {
            PROVIDER.releaseAnyConnection(any);
        }
    }

    @Test
    void anIdentifierThatIsNotASchemaNameIsRefusedBeforeAnyConnection() {
        for (String forged : new String[] {"t_a; DROP SCHEMA t_monteregie", "public", "pg_catalog", "t_A", "", "t_a,t_b"}) {
            assertThatThrownBy(() -> PROVIDER.getConnection(forged)).as(forged)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static int count(Tenant tenant, String sql) throws SQLException {
        Connection connection = PROVIDER.getConnection(tenant.schema().value());
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        } finally {
            PROVIDER.releaseConnection(tenant.schema().value(), connection);
        }
    }
}
