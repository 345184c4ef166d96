package ca.concerto.domain.application.imports;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.application.history.RevisionLine;
import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.infrastructure.persistence.JpaDocumentImports;
import ca.concerto.domain.infrastructure.persistence.JpaRepository;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.document.DocumentMapping;
import ca.concerto.domain.model.document.DocumentOutline.Paragraph;
import ca.concerto.domain.model.document.DocumentOutline;
import ca.concerto.domain.model.document.UnreadableDocument;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.domain.model.shared.Conflict;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A document kept, previewed with a mapping the person may change, then made into a plan, once, in one revision. */
class DocumentImportingTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    private static final Actor CAMILLE = new Actor("camille", "monteregie", Set.of(Role.COORDINATOR));
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE);

    /** Stands for the Word reader of the interfaces (tested there): the outline of a small transitional plan. */
    private static final DocumentOutline OUTLINE = new DocumentOutline("transitoire.docx", List.of(
            new Paragraph("Historique", 1, false),
            new Paragraph("Le comité existe depuis 2004.", 0, false),
            new Paragraph("Plan adopté par le Comité régional Opération Colibri le 10 juin 2021.", 0, false),
            new Paragraph("Section 1 : PRÉPARER LA SUITE", 0, true),
            new DocumentOutline.ListItem("Compléter le comité exécutif.", 0, true)));

    @Test
    void aDocumentIsPreviewedThenBecomesADraftPlanInOneImportRevisionOnce() {
        ImportProposal received = persistence.inServiceTransaction(MONTEREGIE, em -> importing(em)
                .receive(CAMILLE, "transitoire.docx", "docx".getBytes(StandardCharsets.UTF_8), "transitional-plan"));
        assertThat(received.mapping().headings()).containsEntry("section", "level:section").containsEntry("style-1", DocumentMapping.SECTION);
        assertThat(received.preview().tree()).extracting(node -> node.title()).containsExactly("PRÉPARER LA SUITE");
        assertThat(received.preview().adoption().on()).isEqualTo(LocalDate.of(2021, 6, 10));

        ImportProposal changed = persistence.inServiceTransaction(MONTEREGIE, em -> importing(em)
                .preview(received.importId(), "transitional-plan", received.mapping().withHeading("style-1", DocumentMapping.IGNORE)));
        assertThat(changed.preview().sections()).isEmpty();
        assertThat(changed.preview().unplaced()).contains("Historique");
        assertThatThrownBy(() -> persistence.inServiceTransaction(MONTEREGIE, em -> importing(em).preview(received.importId(),
                "transitional-plan", received.mapping().withHeading("section", "level:axe")))).isInstanceOf(InvalidInput.class);

        long plan = persistence.inServiceTransaction(MONTEREGIE, em -> importing(em).commit(CAMILLE, received.importId(),
                "transitional-plan", received.mapping(), new NewPlan("Plan transitoire 2021-2022", "2021-2022", null, null), true));

        persistence.run(MONTEREGIE, "test", "", em -> {
            Plan made = em.find(Plan.class, plan);
            assertThat(made.status()).isEqualTo(PlanStatus.ADOPTED);
            assertThat(made.adoptedOn()).isEqualTo(LocalDate.of(2021, 6, 10));
            assertThat(made.kind().french()).isEqualTo("Plan transitoire");
            assertThat(made.sections()).extracting(section -> section.kind()).containsExactly(SectionKind.HISTORY);
            assertThat(made.sections().get(0).body()).startsWith("Le comité existe depuis 2004.");
            assertThat(made.inTreeOrder()).extracting(PlanElement::title).containsExactly("PRÉPARER LA SUITE");
            assertThat(made.inTreeOrder().get(0).number()).isEqualTo("Section 1");
            assertThat(made.inTreeOrder().get(0).description()).isEqualTo("- Compléter le comité exécutif.");
        });
        List<RevisionLine> revisions = persistence.inServiceTransaction(MONTEREGIE, em -> Services.over(em).history().revisions(plan));
        assertThat(revisions).extracting(RevisionLine::kind).containsExactly(RevisionKind.IMPORT);
        assertThat(revisions.get(0).comment()).isEqualTo("Importé de transitoire.docx");

        assertThatThrownBy(() -> persistence.inServiceTransaction(MONTEREGIE, em -> importing(em).commit(CAMILLE, received.importId(),
                "transitional-plan", null, new NewPlan("Encore", "2021-2022", null, null), false))).isInstanceOf(Conflict.class);
    }

    @Test
    void anEmptyFileIsRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> persistence.inServiceTransaction(MONTEREGIE, em -> importing(em)
                .receive(CAMILLE, "vide.docx", new byte[0], "transitional-plan")))
                .isInstanceOf(UnreadableDocument.class).hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.EMPTY);
    }

    @Test
    void aFileBeyondTheLargestIsRefusedUnreadAndNothingIsKept() {
        assertThatThrownBy(() -> persistence.inServiceTransaction(MONTEREGIE, em -> importing(em)
                .receive(CAMILLE, "énorme.docx", new byte[DocumentImporting.LARGEST + 1], "transitional-plan")))
                .isInstanceOf(UnreadableDocument.class).hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.TOO_LARGE);
    }

    @Test
    void aDocumentWithNothingOfAPlanIsRefusedAndNothingIsKept() {
        DocumentOutline letter = new DocumentOutline("lettre.docx", List.of(new Paragraph("Bonjour à toutes et à tous,", 0, false),
                new Paragraph("Voici quelques nouvelles de la concertation.", 0, false)));
        assertThatThrownBy(() -> persistence.inServiceTransaction(MONTEREGIE, em -> importing(em, letter)
                .receive(CAMILLE, "lettre.docx", "docx".getBytes(StandardCharsets.UTF_8), "transitional-plan")))
                .isInstanceOf(UnreadableDocument.class)
                .hasFieldOrPropertyWithValue("reason", UnreadableDocument.Reason.NOTHING_RECOGNISED);
    }

    private static DocumentImporting importing(EntityManager em) {
        return importing(em, OUTLINE);
    }

    private static DocumentImporting importing(EntityManager em, DocumentOutline outline) {
        Services services = Services.over(em);
        return new DocumentImporting(JpaRepository.over(em, JpaDocumentImports::new), (name, content) -> outline,
                services.templates(), services.plans(), services.partners(), services.revisions());
    }
}
