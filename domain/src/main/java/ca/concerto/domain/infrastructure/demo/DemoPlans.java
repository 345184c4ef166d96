package ca.concerto.domain.infrastructure.demo;

import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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

    /** A plan imported as a draft, and the adoption its document records (null when none). */
    public record Imported(Plan plan, LocalDate adoptedOn, String adoptedBy) {
    }

    /**
     * The whole import in the caller's one transaction (tests, benchmarks): drafts, accepted suggestions,
     * adoptions. The platform's start-up runs the same steps as three revisions.
     *
     * @return the plans imported; none when the tenant has no demo plans or has plans already
     */
    public static List<Plan> importInto(EntityManager entityManager, String tenant) {
        List<Imported> imported = importDrafts(entityManager, tenant);
        acceptSuggestions(entityManager, imported);
        imported.forEach(plan -> adopt(entityManager, plan));
        return imported.stream().map(Imported::plan).toList();
    }

    /**
     * Concerto's suggested fields of action accepted for every element of the imported plans, as the demo
     * coordination would (the documents name none, and the network compares plans by them).
     */
    public static void acceptSuggestions(EntityManager entityManager, List<Imported> imported) {
        for (Imported draft : imported) {
            entityManager.find(Plan.class, draft.plan().id()).inTreeOrder().forEach(PlanElement::acceptSuggestedFieldsOfAction);
        }
    }

    /** The adoption the plan's document records, if any. */
    public static void adopt(EntityManager entityManager, Imported imported) {
        if (imported.adoptedOn() != null) {
            entityManager.find(Plan.class, imported.plan().id()).adopt(imported.adoptedOn(), imported.adoptedBy());
        }
    }

    /**
     * Imports the tenant's demo partners and plans as drafts, in the current transaction and tenant.
     *
     * @return the plans imported; none when the tenant has no demo plans or has plans already
     */
    public static List<Imported> importDrafts(EntityManager entityManager, String tenant) {
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
