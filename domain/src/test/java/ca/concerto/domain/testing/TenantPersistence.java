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

/**
 * The application's persistence unit, outside WildFly: Hibernate with schema-per-tenant multi-tenancy
 * over the application's role, on a test database whose schemas the real migrations made.
 */
public final class TenantPersistence implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final PostgresServer.Database database;

    public TenantPersistence(PostgresServer.Database database) {
        this(database, Map.of());
    }

    public TenantPersistence(PostgresServer.Database database, Map<String, Object> extraSettings) {
        this.database = database;
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", null);
        settings.put("jakarta.persistence.nonJtaDataSource", database.app());
        settings.put(SchemaPerTenantConnectionProvider.DATA_SOURCE, database.app());
        settings.putAll(extraSettings);
        factory = Persistence.createEntityManagerFactory("concerto", settings);
    }

    /** A new test database whose given tenants are provisioned, and the persistence unit over it. */
    public static TenantPersistence forTenants(Tenant... tenants) {
        PostgresServer.Database database = PostgresServer.shared().newDatabase();
        TestTenants.provision(database, tenants);
        return new TenantPersistence(database);
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
