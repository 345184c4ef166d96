package ca.concerto.domain.infrastructure.demo;

import ca.concerto.domain.model.partner.Committee;
import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.partner.PartnerAccount;
import ca.concerto.domain.model.partner.Person;
import ca.concerto.domain.model.plan.Collaborator;
import ca.concerto.domain.model.plan.Lead;
import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.model.plan.Period;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.PlanKind;
import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.domain.model.template.PlanTemplate;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Brings a plan document (the structured form of a body's plan, see src/main/resources/demo) into the
 * tenant's schema: its partners, then the plan with every element and field as the document gives them.
 * Leads and collaborators keep the document's words, linked to an organisation when the words name one.
 */
public class PlanDocumentImporter {

    private final EntityManager entityManager;

    public PlanDocumentImporter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Imports the organisations and people of a partners document. */
    public PartnerDirectory importPartners(InputStream json) {
        JsonObject document = read(json);
        PartnerDirectory directory = new PartnerDirectory();
        for (JsonObject entry : objects(document, "organisations")) {
            Organisation organisation = new Organisation(entry.getString("name"), text(entry, "acronym"),
                    text(entry, "sector"));
            entityManager.persist(organisation);
            directory.add(organisation);
        }
        for (JsonObject entry : objects(document, "people")) {
            String organisationText = text(entry, "organisation");
            Person person = new Person(entry.getString("name"), text(entry, "title"),
                    directory.find(organisationWithoutAcronym(organisationText)).orElse(null), organisationText);
            entry.getJsonArray("committees").getValuesAs(JsonString.class)
                    .forEach(committee -> person.joinCommittee(Committee.valueOf(committee.getString())));
            entityManager.persist(person);
        }
        for (JsonObject entry : objects(document, "partnerAccounts")) {
            Organisation organisation = directory.find(entry.getString("organisation")).orElseThrow(
                    () -> new IllegalArgumentException("No organisation " + entry.getString("organisation") + " for a partner account"));
            entityManager.persist(new PartnerAccount(entry.getString("username"), organisation));
        }
        return directory;
    }

    /**
     * Imports a plan document as a draft, exactly as the document has it, and says the adoption the document
     * records, for {@link DemoPlans} to accept Concerto's field suggestions and then adopt it, each its own
     * revision.
     */
    public DemoPlans.Imported importPlan(InputStream json, PartnerDirectory partners) {
        JsonObject document = read(json);
        JsonObject period = document.getJsonObject("period");
        PlanTemplate template = entityManager.find(PlanTemplate.class, document.getString("template"));
        Plan plan = new Plan(document.getString("title"), kind(document, template), template.code(),
                new Period(LocalDate.parse(period.getString("start")), LocalDate.parse(period.getString("end")),
                        period.getString("label")));
        template.markUsed();
        for (JsonObject section : objects(document, "sections")) {
            plan.addSection(SectionKind.valueOf(section.getString("kind")), text(section, "title"), text(section, "text"), null);
        }
        for (JsonObject element : objects(document, "elements")) {
            addElement(plan, null, element, partners);
        }
        JsonObject adoption = document.getJsonObject("adoption");
        entityManager.persist(plan);
        return new DemoPlans.Imported(plan, adoption == null ? null : LocalDate.parse(adoption.getString("on")),
                adoption == null ? null : adoption.getString("by"));
    }

    /** The kind the document prints ("kind": {"fr", "en"}), else its template's. */
    private static PlanKind kind(JsonObject document, PlanTemplate template) {
        JsonObject kind = document.getJsonObject("kind");
        return kind == null ? template.kind() : new PlanKind(kind.getString("fr"), kind.getString("en"));
    }

    private void addElement(Plan plan, PlanElement parent, JsonObject entry, PartnerDirectory partners) {
        PlanElement element = plan.addElement(LevelRule.AS_DOCUMENTED, parent, entry.getString("level"), text(entry, "number"),
                entry.getString("title"));
        element.describe(text(entry, "description"));
        element.schedule(text(entry, "schedule"));
        String lead = text(entry, "lead");
        if (lead != null) {
            element.lead(partners.find(lead).map(organisation -> Lead.asWritten(lead, organisation))
                    .orElseGet(() -> Lead.asWritten(lead)));
        }
        element.collaborators(strings(entry, "collaborators").stream()
                .map(name -> new Collaborator(name, partners.find(name).map(Organisation::id).orElse(null)))
                .toList());
        element.resultIndicators(strings(entry, "indicators"));
        element.targetGroups(strings(entry, "targetGroups"));
        element.expectedResults(text(entry, "expectedResults"));
        for (JsonObject child : objects(entry, "children")) {
            addElement(plan, element, child, partners);
        }
    }

    /** "Regroupement ... de la Montérégie (RCPEM)" names the organisation "Regroupement ... de la Montérégie". */
    private static String organisationWithoutAcronym(String text) {
        return text == null ? null : text.replaceFirst("\\s*\\([^()]+\\)$", "");
    }

    private static JsonObject read(InputStream json) {
        try (JsonReader reader = Json.createReader(json)) {
            return reader.readObject();
        }
    }

    private static List<JsonObject> objects(JsonObject parent, String key) {
        JsonArray array = parent.getJsonArray(key);
        return array == null ? List.of() : array.getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonObject parent, String key) {
        JsonArray array = parent.getJsonArray(key);
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String text(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        return value instanceof JsonString string ? string.getString() : null;
    }
}
