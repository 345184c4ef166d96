package ca.concerto.domain.infrastructure.demo;

import ca.concerto.domain.model.plan.Plan;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The demo tenants' plans: the customer's seed documents in structured form, under
 * {@code src/main/resources/demo/<tenant>/}. Imported into a tenant that has no plan yet; a second run
 * changes nothing.
 */
public final class DemoPlans {

    private static final Map<String, List<String>> PLANS = Map.of(
            "monteregie", List.of("plan-action-2018-2019.json", "plan-transitoire-2021-2022.json"),
            "capitale-nationale", List.of("plan-travail-2021-2022.json", "priorites-2024-2029.json"));

    private DemoPlans() {
    }

    /** The seed documents a tenant's plans come from, to name in the import revision. */
    public static List<String> documentsOf(String tenant) {
        return PLANS.getOrDefault(tenant, List.of());
    }

    /**
     * Imports the tenant's demo partners and plans, in the current transaction and tenant.
     *
     * @return the plans imported; none when the tenant has no demo plans or has plans already
     */
    public static List<Plan> importInto(EntityManager entityManager, String tenant) {
        List<String> documents = documentsOf(tenant);
        if (documents.isEmpty()
                || entityManager.createQuery("select count(p) from Plan p", Long.class).getSingleResult() > 0) {
            return List.of();
        }
        PlanDocumentImporter importer = new PlanDocumentImporter(entityManager);
        PartnerDirectory partners;
        try (InputStream json = resource(tenant, "partners.json")) {
            partners = importer.importPartners(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents.stream().map(document -> {
            try (InputStream json = resource(tenant, document)) {
                return importer.importPlan(json, partners);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static InputStream resource(String tenant, String document) throws IOException {
        InputStream stream = DemoPlans.class.getClassLoader().getResourceAsStream("demo/" + tenant + "/" + document);
        if (stream == null) {
            throw new IOException("Missing demo document demo/" + tenant + "/" + document);
        }
        return stream;
    }
}
