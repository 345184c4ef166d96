package ca.concerto.web.application;

import ca.concerto.domain.infrastructure.demo.DemoPlans;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.tenancy.application.DemoTenants;
import ca.concerto.tenancy.application.TenancySettings;
import ca.concerto.tenancy.application.TenantSchemaUpgrade;
import ca.concerto.tenancy.application.TenantScope;
import ca.concerto.tenancy.application.TenantSpaces;
import ca.concerto.tenancy.domain.NetworkPublication;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.tenancy.domain.TenantRegistry;
import ca.concerto.tenancy.infrastructure.migration.StartupLock;
import ca.concerto.tenancy.infrastructure.registry.RegistryChanges;
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
 * that has no plan yet, each as one import revision; then publish for the network the adopted plans of the bodies
 * changed since their last copy (all of them the first time). A second start changes nothing, and nodes started
 * together run it one after the other (D55), so the second finds everything done.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    /** The author of the demo's acceptance of Concerto's suggestions: no login, the demo's coordination. */
    static final String DEMO_COORDINATION = "coordination (démo)";

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    TenantSchemaUpgrade schemaUpgrade;

    @Inject
    TenantRegistrations registrations;

    @Inject
    TenantSpaces spaces;

    @Inject
    TenantRegistry registry;

    @Inject
    NetworkPublication publication;

    @Inject
    RegistryChanges registryChanges;

    @Inject
    StartupLock startupLock;

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void start() {
        try (StartupLock.Hold oneNodeAtATime = startupLock.hold()) {
            bringUpToDate();
        }
        // From now on a change to the registry by any node reaches this one at once (D54).
        registryChanges.start();
    }

    private void bringUpToDate() {
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
        publishForTheNetwork();
    }

    /** A body whose copy cannot be made now stays marked: the network's next read tries again; the platform starts. */
    private void publishForTheNetwork() {
        try {
            int published = publication.publishChanged();
            LOG.info(() -> "Published for the network the adopted plans of " + published + " bodies changed since their last copy");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The network's copy of the adopted plans could not be made at start-up; its next read tries again", e);
        }
    }

    /**
     * The demo plans come in as their documents have them (an IMPORT revision), then the demo coordination
     * accepts the fields of action Concerto suggests from their words (an EDIT revision: the network's page
     * compares plans by them, and the history says where they came from), then each adopted document is
     * adopted on its date (an ADOPTION revision).
     */
    private void importDemoPlans(Tenant tenant) {
        String slug = tenant.slug().value();
        List<String> documents = DemoPlans.documentsOf(slug);
        if (documents.isEmpty()) {
            return;
        }
        List<DemoPlans.Imported> imported = inRevision(tenant, new RevisionDetails("import", slug, RevisionKind.IMPORT,
                "Importé des documents " + String.join(", ", documents)), () -> DemoPlans.importDrafts(entityManager, slug));
        if (imported.isEmpty()) {
            return;
        }
        inRevision(tenant, new RevisionDetails(DEMO_COORDINATION, slug, RevisionKind.EDIT,
                "Champs d'action suggérés par Concerto d'après les mots des plans, acceptés par la coordination de démonstration"),
                () -> {
                    DemoPlans.acceptSuggestions(entityManager, imported);
                    return null;
                });
        for (DemoPlans.Imported plan : imported) {
            if (plan.adoptedOn() != null) {
                inRevision(tenant, new RevisionDetails("import", slug, RevisionKind.ADOPTION, "Adopté le " + plan.adoptedOn()
                        + " par " + plan.adoptedBy() + ", comme le document l'indique"), () -> {
                            DemoPlans.adopt(entityManager, plan);
                            return null;
                        });
            }
        }
        LOG.info(() -> "Imported into " + slug + ": " + imported.stream().map(plan -> plan.plan().title()).toList());
    }

    /** One step of the demo import: one transaction in the tenant, one revision. */
    private <T> T inRevision(Tenant tenant, RevisionDetails details, java.util.function.Supplier<T> step) {
        try (TenantScope.Scope scope = TenantScope.enter(tenant); RevisionDetails.Scope revision = details.open()) {
            transaction.begin();
            T result = step.get();
            transaction.commit();
            return result;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("Could not import the demo plans of " + tenant.slug().value(), e);
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
