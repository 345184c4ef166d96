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

    /** Each tenant's documents, under demo/; Montréal's local tables share a draft made from their leaflet. */
    private static final Map<String, List<String>> PLANS = Map.of(
            "monteregie", List.of("monteregie/plan-action-2018-2019.json", "monteregie/plan-transitoire-2021-2022.json"),
            "capitale-nationale", List.of("capitale-nationale/plan-travail-2021-2022.json", "capitale-nationale/priorites-2024-2029.json"),
            "montreal-hochelaga", List.of("montreal/plan-action-concertee.json"),
            "montreal-cote-des-neiges", List.of("montreal/plan-action-concertee.json"));

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
        PartnerDirectory partners = new PartnerDirectory();
        if (DemoPlans.class.getClassLoader().getResource("demo/" + tenant + "/partners.json") != null) {
            try (InputStream json = resource(tenant + "/partners.json")) {
                partners = importer.importPartners(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        PartnerDirectory directory = partners;
        return documents.stream().map(document -> {
            try (InputStream json = resource(document)) {
                return importer.importPlan(json, directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static InputStream resource(String document) throws IOException {
        InputStream stream = DemoPlans.class.getClassLoader().getResourceAsStream("demo/" + document);
        if (stream == null) {
            throw new IOException("Missing demo document demo/" + document);
        }
        return stream;
    }
}
