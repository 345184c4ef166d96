package ca.concerto.domain.benchmark;

import static ca.concerto.tenancy.testing.TestTenants.tenant;

import ca.concerto.domain.application.history.PlanComparison;
import ca.concerto.domain.application.history.PlanHistory;
import ca.concerto.domain.application.history.RevisionLine;
import ca.concerto.domain.application.plans.ElementChanges;
import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.infrastructure.demo.DemoPlans;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.infrastructure.persistence.JpaPlans;
import ca.concerto.domain.infrastructure.persistence.JpaRepository;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.application.TenantSchemaUpgrade;
import ca.concerto.tenancy.application.TenantSpaces;
import ca.concerto.tenancy.domain.NetworkReader;
import ca.concerto.tenancy.domain.NetworkSummary;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.tenancy.infrastructure.migration.SchemaMigrator;
import ca.concerto.tenancy.infrastructure.network.JdbcNetworkPublication;
import ca.concerto.tenancy.infrastructure.network.JdbcNetworkReader;
import ca.concerto.tenancy.infrastructure.registry.JdbcTenantRegistrations;
import ca.concerto.tenancy.testing.PostgresServer;
import ca.concerto.tenancy.testing.TestTenants;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The figures of docs/benchmarks.md, on the machine at hand: run with {@code deploy/concerto benchmark}.
 * Prints its measurements; asserts nothing about time.
 */
@Tag("benchmark")
class PlatformBenchmark {

    private static final int TENANTS = 500;

    @Test
    void provisioningAndStartUpWith500Tenants() {
        PostgresServer.Database database = PostgresServer.shared().newDatabase();
        SchemaMigrator migrator = TestTenants.migrator(database);
        TenantRegistrations registrations = new JdbcTenantRegistrations(database.owner());
        TenantSchemaUpgrade upgrade = new TenantSchemaUpgrade(migrator, registrations);
        TenantSpaces spaces = new TenantSpaces(migrator, registrations);
        migrator.migrateShared();

        List<Long> emptyStartUps = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            emptyStartUps.add(timed(upgrade::run));
        }

        long emptySize = databaseSize(database);
        List<Long> perTenant = new ArrayList<>();
        long total = timed(() -> {
            for (int i = 1; i <= TENANTS; i++) {
                Tenant tenant = tenant("bench-" + i);
                perTenant.add(timed(() -> spaces.create(tenant)));
            }
        });

        List<Long> fullStartUps = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            fullStartUps.add(timed(upgrade::run));
        }

        report("Provision %d tenants: total %.1f s; per tenant median %.0f ms, p95 %.0f ms, max %.0f ms",
                TENANTS, total / 1e9, median(perTenant) / 1e6, percentile(perTenant, 95) / 1e6,
                Collections.max(perTenant) / 1e6);
        report("Start-up schema check: 0 tenants median %.0f ms; %d up-to-date tenants median %.0f ms; added %.0f ms",
                median(emptyStartUps) / 1e6, TENANTS, median(fullStartUps) / 1e6,
                (median(fullStartUps) - median(emptyStartUps)) / 1e6);
        JdbcNetworkPublication publication = new JdbcNetworkPublication(database.owner());
        publication.publishChanged();
        List<Long> publicationChecks = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            publicationChecks.add(timed(publication::publishChanged));
        }
        report("Start-up network publication with %d up-to-date bodies: median %.0f ms (nothing to copy)", TENANTS,
                median(publicationChecks) / 1e6);
        report("An idle body on disk (empty schema: tables, indexes, views, audit tables, migration history): %.0f KB",
                (databaseSize(database) - emptySize) / 1024.0 / TENANTS);
    }

    @Test
    void loadingTheFull2018To2019PlanTree() {
        PostgresServer.Database database = PostgresServer.shared().newDatabase();
        Tenant monteregie = tenant("monteregie");
        TestTenants.provision(database, monteregie);
        try (TenantPersistence persistence = new TenantPersistence(database, Map.of("hibernate.generate_statistics", "true"))) {
            long planId = persistence.inTransaction(monteregie,
                    new RevisionDetails("import", "monteregie", RevisionKind.IMPORT, ""),
                    entityManager -> DemoPlans.importInto(entityManager, "monteregie")).get(0).id();
            Statistics statistics = persistence.factory().unwrap(SessionFactory.class).getStatistics();
            List<Long> times = new ArrayList<>();
            long[] statements = new long[1];
            int elements = 0;
            for (int run = 0; run < 300; run++) {
                elements = persistence.inTransaction(monteregie, "bench", "", entityManager -> {
                    statistics.clear();
                    long start = System.nanoTime();
                    Plan plan = JpaRepository.over(entityManager, JpaPlans::new).withTree(planId).orElseThrow();
                    times.add(System.nanoTime() - start);
                    statements[0] = statistics.getPrepareStatementCount();
                    return plan.elements().size();
                });
            }
            List<Long> warm = times.subList(100, times.size());
            report("Load the 2018-2019 plan tree (%d elements, every field): %d SQL statements; warm median %.1f ms, "
                    + "p95 %.1f ms (200 loads after 100 warm-up)", elements, statements[0], median(warm) / 1e6,
                    percentile(warm, 95) / 1e6);
        }
    }

    @Test
    void readingTheAdoptedPlansOf500TenantsForTheNetwork() {
        PostgresServer.Database database = PostgresServer.shared().newDatabase();
        Tenant[] tenants = new Tenant[TENANTS];
        for (int i = 0; i < TENANTS; i++) {
            tenants[i] = tenant("network-" + (i + 1));
        }
        TestTenants.provision(database, tenants);
        try (TenantPersistence persistence = new TenantPersistence(database)) {
            for (Tenant tenant : tenants) {
                // Every body with the Montérégie plans: an adopted one of 113 elements and a draft.
                persistence.inTransaction(tenant, new RevisionDetails("import", tenant.slug().value(), RevisionKind.IMPORT, ""),
                        entityManager -> DemoPlans.importInto(entityManager, "monteregie"));
            }
        }
        NetworkReader reader = new JdbcNetworkReader(HeldConnection.over(database.network()),
                new JdbcNetworkPublication(HeldConnection.over(database.owner())));
        int[] counted = new int[1];
        long firstRead = timed(() -> counted[0] = counted(reader.summary()));
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < 12; run++) {
            times.add(timed(() -> counted[0] = counted(reader.summary())));
        }
        List<Long> warm = times.subList(2, times.size());
        report("Network comparison of the adopted plans of %d tenants (%d actions counted per field, drafts and headings left "
                + "out): first read, copying every body's plans, %.1f s; then median %.0f ms, max %.0f ms (10 reads after 2 "
                + "warm-up)", TENANTS, counted[0], firstRead / 1e9, median(warm) / 1e6, Collections.max(warm) / 1e6);
        int[] found = new int[2];
        List<Long> drills = new ArrayList<>();
        List<Long> searches = new ArrayList<>();
        for (int run = 0; run < 12; run++) {
            String body = tenants[run * 37 % TENANTS].slug().value();
            drills.add(timed(() -> found[0] = reader.actionsOn("child-development", body).size()));
            searches.add(timed(() -> found[1] = reader.actionsMentioning("eveil a la lecture").size()));
        }
        report("Network: one body's actions on a field (%d actions) median %.1f ms; who works on \"eveil a la lecture\" across %d "
                + "tenants (%d actions) median %.0f ms (10 reads after 2 warm-up)", found[0], median(drills.subList(2, 12)) / 1e6,
                TENANTS, found[1], median(searches.subList(2, 12)) / 1e6);
        try (TenantPersistence persistence = new TenantPersistence(database)) {
            persistence.inTransaction(tenants[0], new RevisionDetails("bench", tenants[0].slug().value(), RevisionKind.ADOPTION, ""),
                    entityManager -> {
                        entityManager.createQuery("select p from Plan p where p.status = ca.concerto.domain.model.plan.PlanStatus.DRAFT",
                                Plan.class).getResultList().forEach(plan -> plan.adopt(java.time.LocalDate.of(2021, 6, 1), "bench"));
                        return null;
                    });
        }
        long afterAdoption = timed(() -> counted[0] = counted(reader.summary()));
        report("Network comparison right after one body adopted a plan (that body copied again): %.0f ms, %d actions counted",
                afterAdoption / 1e6, counted[0]);
    }

    private static int counted(NetworkSummary summary) {
        return summary.actionsPerField().stream().mapToInt(NetworkSummary.Count::count).sum();
    }

    /**
     * Two revisions of a plan of 500 elements (20 axes of 24 orientations), ten of them reworded between the two: the
     * comparison the history page shows, read from the audit as the page reads it (both states, then the differences).
     */
    @Test
    void comparingTwoRevisionsOfA500ElementPlan() {
        PostgresServer.Database database = PostgresServer.shared().newDatabase();
        Tenant monteregie = tenant("monteregie");
        TestTenants.provision(database, monteregie);
        Actor camille = new Actor("camille", "monteregie", Set.of(Role.COORDINATOR));
        // One connection held, as the platform's pool holds them: the comparison is timed, not PostgreSQL's log-in.
        try (TenantPersistence persistence = new TenantPersistence(new PostgresServer.Database(database.name(), database.owner(),
                HeldConnection.over(database.app()), database.network()))) {
            long plan = persistence.inServiceTransaction(monteregie, em -> Services.over(em).drafting().create(camille, "Banc d'essai",
                    "annual-action-plan", new NewPlan("Plan de 500 éléments", "2024-2025", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31))));
            List<Long> orientations = persistence.inServiceTransaction(monteregie, em -> {
                List<Long> ids = new ArrayList<>();
                for (int axis = 1; axis <= 20; axis++) {
                    long axisId = Services.over(em).drafting().addElement(camille, "Banc d'essai", plan, null, "axe", "Axe " + axis, null);
                    for (int orientation = 1; orientation <= 24; orientation++) {
                        ids.add(Services.over(em).drafting().addElement(camille, "Banc d'essai", plan, axisId, "orientation",
                                "Orientation " + axis + "." + orientation + " : soutenir les familles et les tout-petits", "Automne 2024"));
                    }
                }
                return ids;
            });
            for (long element : orientations.subList(0, 10)) {
                persistence.inServiceTransaction(monteregie, em -> Services.over(em).editing().save(camille, "Révision",
                        new ElementChanges(element, 0, "Orientation revue", null, "Hiver 2025", null, null)));
            }
            List<RevisionLine> revisions = persistence.inServiceTransaction(monteregie, em -> Services.over(em).history().revisions(plan));
            long built = revisions.get(revisions.size() - 11).number();
            long edited = revisions.get(revisions.size() - 1).number();
            List<Long> times = new ArrayList<>();
            int[] changes = new int[1];
            for (int run = 0; run < 15; run++) {
                times.add(timed(() -> changes[0] = persistence.inServiceTransaction(monteregie, em -> {
                    PlanHistory history = Services.over(em).history();
                    return PlanComparison.compare(history.at(plan, built).orElseThrow(), history.at(plan, edited).orElseThrow(),
                            Locale.CANADA_FRENCH).elementChanges().size();
                })));
            }
            List<Long> warm = times.subList(5, times.size());
            report("Compare two revisions of a plan of %d elements (%d changed between them, read from the audit): median %.0f ms, "
                    + "max %.0f ms (10 comparisons after 5 warm-up)", orientations.size() + 20, changes[0], median(warm) / 1e6,
                    Collections.max(warm) / 1e6);
        }
    }

    private static long databaseSize(PostgresServer.Database database) {
        try (java.sql.Connection connection = database.owner().getConnection();
                java.sql.ResultSet size = connection.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
            size.next();
            return size.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double median(List<Long> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static void report(String format, Object... arguments) {
        System.out.println("BENCHMARK " + String.format(java.util.Locale.ROOT, format, arguments));
    }
}
