package ca.concerto.domain.application.imports;

import ca.concerto.domain.application.plans.NamedPartners;
import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.document.DocumentImport;
import ca.concerto.domain.model.document.DocumentImports;
import ca.concerto.domain.model.document.DocumentMapping;
import ca.concerto.domain.model.document.DocumentOutline;
import ca.concerto.domain.model.document.DocumentReader;
import ca.concerto.domain.model.document.DocumentReading;
import ca.concerto.domain.model.document.ImportPreview;
import ca.concerto.domain.model.document.UnreadableDocument;
import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.partner.Organisations;
import ca.concerto.domain.model.plan.Collaborator;
import ca.concerto.domain.model.plan.Lead;
import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.PlanTemplates;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * A document becomes a plan: it is kept and read into a preview with the mapping Concerto proposes or the
 * person chose; committed, the preview becomes a draft plan of the template (its elements as the document
 * nests them, its sections, its adoption when the person keeps it), one IMPORT revision naming the file. Runs in
 * the caller's transaction; the caller has checked the person may change plans.
 */
@Dependent
public class DocumentImporting {

    /** The largest document taken in: a plan of a hundred pages is well under it. */
    public static final int LARGEST = 10 * 1024 * 1024;

    private final DocumentImports imports;
    private final DocumentReader reader;
    private final PlanTemplates templates;
    private final Plans plans;
    private final NamedPartners partners;
    private final Revisions revisions;
    private final Clock clock;

    @Inject
    public DocumentImporting(DocumentImports imports, DocumentReader reader, PlanTemplates templates, Plans plans,
            NamedPartners partners, Revisions revisions) {
        this(imports, reader, templates, plans, partners, revisions, Clock.systemUTC());
    }

    DocumentImporting(DocumentImports imports, DocumentReader reader, PlanTemplates templates, Plans plans,
            NamedPartners partners, Revisions revisions, Clock clock) {
        this.imports = imports;
        this.reader = reader;
        this.templates = templates;
        this.plans = plans;
        this.partners = partners;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** Keeps a document that reads, and proposes how it becomes a plan of the template. */
    public ImportProposal receive(Actor actor, String fileName, byte[] content, String templateCode) {
        if (content.length == 0) {
            throw new UnreadableDocument(UnreadableDocument.Reason.EMPTY, fileName + " is empty");
        }
        if (content.length > LARGEST) {
            throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE, fileName + " is larger than " + LARGEST + " bytes");
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        DocumentOutline outline = reader.read(name, content);
        Reading reading = reading(outline, templateCode, null);
        if (reading.preview().isEmpty() && !outline.blocks().isEmpty()
                && outline.blocks().stream().allMatch(block -> block instanceof DocumentOutline.Table)) {
            throw new UnreadableDocument(UnreadableDocument.Reason.NO_COLUMN_RECOGNISED, name + " has tables, none with a column"
                    + " Concerto recognises (Action, Activités, Échéancier, Porteur...)");
        }
        if (reading.preview().isEmpty()) {
            throw new UnreadableDocument(UnreadableDocument.Reason.NOTHING_RECOGNISED, name + " has no heading, list or table"
                    + " Concerto recognises as a plan's");
        }
        DocumentImport document = new DocumentImport(name, content, actor.username(), Instant.now(clock));
        imports.add(document);
        return reading.proposal(document);
    }

    /** The preview again, with another template or mapping (null: Concerto's proposal). */
    public ImportProposal preview(long importId, String templateCode, DocumentMapping mapping) {
        DocumentImport document = imports.get(importId);
        return reading(reader.read(document.fileName(), document.content()), templateCode, mapping).proposal(document);
    }

    /** @return the new draft plan's number */
    public long commit(Actor actor, long importId, String templateCode, DocumentMapping mapping, NewPlan plan, boolean adopt) {
        DocumentImport document = imports.get(importId);
        Reading reading = reading(reader.read(document.fileName(), document.content()), templateCode, mapping);
        PlanTemplate template = reading.template();
        revisions.record(actor, RevisionKind.IMPORT, "Importé de " + document.fileName());
        Plan created = new Plan(plan.checkedTitle(), template.kind(), template.code(), plan.period());
        template.markUsed();
        for (ImportPreview.Section section : reading.preview().sections()) {
            created.addSection(section.kind(), section.title(), section.text(), null);
        }
        for (ImportPreview.Node node : reading.preview().tree()) {
            add(created, null, node);
        }
        ImportPreview.Adoption adoption = reading.preview().adoption();
        if (adopt && adoption != null) {
            created.adopt(adoption.on(), adoption.by() == null ? "" : adoption.by());
        }
        plans.save(created);
        document.becomes(created.id());
        return created.id();
    }

    /** The document read with a template and a mapping (null: Concerto's proposal), once per request. */
    private Reading reading(DocumentOutline outline, String templateCode, DocumentMapping mapping) {
        PlanTemplate template = templates.find(templateCode)
                .orElseThrow(() -> new InvalidInput("template", "No template " + templateCode));
        DocumentMapping used = mapping == null ? DocumentMapping.propose(outline, template) : mapping.checkedFor(template);
        return new Reading(template, used, DocumentReading.read(outline, template, used));
    }

    private record Reading(PlanTemplate template, DocumentMapping mapping, ImportPreview preview) {

        ImportProposal proposal(DocumentImport document) {
            return new ImportProposal(document.id(), document.fileName(), template.code(), mapping, preview);
        }
    }

    /** The element as the document nests it (levels may be skipped, as the bodies' plans do). */
    private void add(Plan plan, PlanElement parent, ImportPreview.Node node) {
        PlanElement element = plan.addElement(LevelRule.AS_DOCUMENTED, parent, node.levelCode(), node.number(), node.title());
        element.describe(node.description());
        element.schedule(node.schedule());
        if (node.lead() != null) {
            element.lead(partners.lead(node.lead()));
        }
        element.collaborators(partners.collaborators(node.collaborators()));
        element.resultIndicators(node.resultIndicators());
        element.targetGroups(node.targetGroups());
        element.expectedResults(node.expectedResults());
        node.children().forEach(child -> add(plan, element, child));
    }
}
