package ca.concerto.web.application;

import ca.concerto.tenancy.application.DemoTenants;
import ca.concerto.tenancy.application.TenantSchemaUpgrade;
import ca.concerto.tenancy.application.TenantSpaces;
import ca.concerto.tenancy.infrastructure.TenancySettings;
import ca.concerto.tenancy.infrastructure.registry.JdbcTenantRegistry;
import ca.concerto.tenancy.infrastructure.registry.TenantRegistrations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * What the platform does once, when it starts: bring the schemas up to date, and on an empty platform
 * with demo data enabled (local runs), create the demo tenants.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    TenantSchemaUpgrade schemaUpgrade;

    @Inject
    TenantRegistrations registrations;

    @Inject
    TenantSpaces spaces;

    @Inject
    JdbcTenantRegistry registry;

    @PostConstruct
    void start() {
        schemaUpgrade.run();
        if (TenancySettings.demoData() && registrations.all().isEmpty()) {
            DemoTenants.ALL.forEach(spaces::create);
            LOG.info(() -> "Created the demo tenants " + DemoTenants.ALL.stream().map(t -> t.slug().value()).toList());
        }
        registry.refresh();
    }
}
