package ca.concerto.web.application;

import ca.concerto.domain.infrastructure.demo.DemoPlans;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.tenancy.application.DemoTenants;
import ca.concerto.tenancy.application.TenancySettings;
import ca.concerto.tenancy.application.TenantSchemaUpgrade;
import ca.concerto.tenancy.application.TenantScope;
import ca.concerto.tenancy.application.TenantSpaces;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.tenancy.domain.TenantRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the platform does once, when it starts: bring the schemas up to date, and with demo data enabled
 * (local runs) create the demo tenants on an empty platform and import the seed plans into any demo tenant
 * that has no plan yet, each as one import revision. A second start changes nothing.
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
    TenantRegistry registry;

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void start() {
        schemaUpgrade.run();
        boolean demo = TenancySettings.demoData();
        if (demo && registrations.all().isEmpty()) {
            DemoTenants.ALL.forEach(spaces::create);
            LOG.info(() -> "Created the demo tenants " + DemoTenants.ALL.stream().map(t -> t.slug().value()).toList());
        }
        registry.refresh();
        if (demo) {
            registry.all().forEach(this::importDemoPlans);
        }
    }

    private void importDemoPlans(Tenant tenant) {
        String slug = tenant.slug().value();
        List<String> documents = DemoPlans.documentsOf(slug);
        if (documents.isEmpty()) {
            return;
        }
        RevisionDetails importRevision = new RevisionDetails("import", slug, RevisionKind.IMPORT,
                "Importé des documents " + String.join(", ", documents)
                        + " ; champs d'action suggérés par Concerto d'après les mots du plan, acceptés à l'import");
        try (TenantScope.Scope scope = TenantScope.enter(tenant); RevisionDetails.Scope revision = importRevision.open()) {
            transaction.begin();
            List<Plan> imported = DemoPlans.importInto(entityManager, slug);
            transaction.commit();
            if (!imported.isEmpty()) {
                LOG.info(() -> "Imported into " + slug + ": " + imported.stream().map(Plan::title).toList());
            }
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("Could not import the demo plans of " + slug, e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Rollback of the demo import failed", e);
        }
    }
}
