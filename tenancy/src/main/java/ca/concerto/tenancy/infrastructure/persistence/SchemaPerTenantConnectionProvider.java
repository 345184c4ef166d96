package ca.concerto.tenancy.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.service.spi.Configurable;

/**
 * Gives Hibernate connections whose {@code search_path} is the tenant's schema, and puts every connection
 * back on the shared schema when Hibernate releases it. The one place where Concerto sets a schema.
 * The datasource is the setting {@value #DATA_SOURCE}: a JNDI name, or a {@link DataSource} (tests).
 */
public class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String>, Configurable {

    public static final String DATA_SOURCE = "concerto.tenancy.data_source";
    static final String DEFAULT_DATA_SOURCE = "java:jboss/datasources/ConcertoDS";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SchemaPerTenantConnectionProvider.class.getName());

    private transient DataSource dataSource;

    @Override
    public void configure(Map<String, Object> settings) {
        Object configured = settings.getOrDefault(DATA_SOURCE, DEFAULT_DATA_SOURCE);
        if (configured instanceof DataSource given) {
            dataSource = given;
            return;
        }
        try {
            dataSource = (DataSource) new InitialContext().lookup(configured.toString());
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource at " + configured, e);
        }
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return onSchema(dataSource.getConnection(), TenantSchemas.SHARED);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        releaseConnection(TenantSchemas.SHARED, connection);
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        String schema = TenantSchemas.schemaOf(tenantIdentifier);
        return onSchema(dataSource.getConnection(), schema);
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        try {
            connection.setSchema(TenantSchemas.SHARED);
        } catch (SQLException abortedTransaction) {
            // The reset is a second line of defence: every getConnection sets the schema again. It fails only
            // inside an aborted transaction, whose rollback undoes the SET made in it anyway.
            LOG.log(Level.FINE, "Could not reset the search_path of a released connection", abortedTransaction);
        } finally {
            connection.close();
        }
    }

    private static Connection onSchema(Connection connection, String schema) throws SQLException {
        try {
            connection.setSchema(schema);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        return unwrapType.cast(this);
    }
}
