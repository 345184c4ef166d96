package ca.concerto.domain.infrastructure;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThatCode;

import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.testing.PostgresServer;
import ca.concerto.tenancy.testing.TestTenants;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entities, their audit included, match the tables the tenant migrations make. */
class PersistenceMappingTest {

    @Test
    void hibernateValidatesTheMappingAgainstAMigratedTenantSchema() {
        Tenant tenant = tenant("monteregie");
        PostgresServer.Database database = PostgresServer.shared().newDatabase();
        TestTenants.provision(database, tenant);

        assertThatCode(() -> new TenantPersistence(database, Map.of(
                "hibernate.hbm2ddl.auto", "validate",
                "hibernate.default_schema", tenant.schema().value())).close())
                .doesNotThrowAnyException();
    }
}
