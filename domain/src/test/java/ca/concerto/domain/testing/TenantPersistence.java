package ca.concerto.domain.testing;

import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.tenancy.application.TenantScope;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.infrastructure.persistence.SchemaPerTenantConnectionProvider;
import ca.concerto.tenancy.testing.PostgresServer;
import ca.concerto.tenancy.testing.TestTenants;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application's persistence unit, outside WildFly: Hibernate with schema-per-tenant multi-tenancy
 * over the application's role, on a test database whose schemas the real migrations made. As a JUnit
 * extension ({@code @RegisterExtension static final TenantPersistence persistence = forTenants(...)}), it
 * provisions a new database with the tenants before the class's tests and closes it after them.
 */
public final class TenantPersistence implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private final Tenant[] tenants;
    private final Map<String, Object> extraSettings;
    private EntityManagerFactory factory;
    private PostgresServer.Database database;

    public TenantPersistence(PostgresServer.Database database) {
        this(database, Map.of());
    }

    public TenantPersistence(PostgresServer.Database database, Map<String, Object> extraSettings) {
        this.tenants = new Tenant[0];
        this.extraSettings = extraSettings;
        open(database);
    }

    private TenantPersistence(Map<String, Object> extraSettings, Tenant... tenants) {
        this.tenants = tenants;
        this.extraSettings = extraSettings;
    }

    /** For a test class: a new test database whose given tenants are provisioned, and the persistence unit over it. */
    public static TenantPersistence forTenants(Tenant... tenants) {
        return new TenantPersistence(Map.of(), tenants);
    }

    /** The same, with Hibernate settings of the test's own (statistics, say). */
    public static TenantPersistence forTenants(Map<String, Object> extraSettings, Tenant... tenants) {
        return new TenantPersistence(extraSettings, tenants);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresServer.Database created = PostgresServer.shared().newDatabase();
        TestTenants.provision(created, tenants);
        open(created);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void open(PostgresServer.Database database) {
        this.database = database;
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", null);
        settings.put("jakarta.persistence.nonJtaDataSource", database.app());
        settings.put(SchemaPerTenantConnectionProvider.DATA_SOURCE, database.app());
        settings.putAll(extraSettings);
        factory = Persistence.createEntityManagerFactory("concerto", settings);
    }

    /** The test database, for what goes around the persistence unit (the network's role). */
    public PostgresServer.Database database() {
        return database;
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** Runs work in one transaction as the tenant, each change recorded as an edit by that author. */
    public <T> T inTransaction(Tenant tenant, String author, String comment, Function<EntityManager, T> work) {
        return inTransaction(tenant, new RevisionDetails(author, tenant.slug().value(), RevisionKind.EDIT, comment), work);
    }

    public <T> T inTransaction(Tenant tenant, RevisionDetails details, Function<EntityManager, T> work) {
        try (RevisionDetails.Scope revision = details.open()) {
            return inServiceTransaction(tenant, work);
        }
    }

    /** Work that describes its own revision (an application service), committed after it returned, as in the container. */
    public <T> T inServiceTransaction(Tenant tenant, Function<EntityManager, T> work) {
        try (TenantScope.Scope scope = TenantScope.enter(tenant); EntityManager entityManager = factory.createEntityManager()) {
            EntityTransaction transaction = entityManager.getTransaction();
            transaction.begin();
            try {
                T result = work.apply(entityManager);
                transaction.commit();
                return result;
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            }
        }
    }

    public void run(Tenant tenant, String author, String comment, Consumer<EntityManager> work) {
        inTransaction(tenant, author, comment, entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
