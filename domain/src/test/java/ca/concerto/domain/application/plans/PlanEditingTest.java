package ca.concerto.domain.application.plans;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.audit.Revision;
import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.model.plan.Period;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.plan.ScheduleKind;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.testing.Kinds;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Editing an element: saved as a revision with its comment, or refused without losing anything. */
class PlanEditingTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE);

    @Test
    void aSavedEditIsOneRevisionWithThePersonsComment() {
        long item = newItem("Compléter le comité exécutif.");

        int version = inContainerStyleTransaction(entityManager -> Services.over(entityManager).editing().save(coordinator("camille.tremblay"), "Ajout du renouvellement",
                new ElementChanges(item, 0, "Compléter et renouveler le comité exécutif.", null, "Printemps 2022", "CROC", null)));

        assertThat(version).isEqualTo(1);
        persistence.run(MONTEREGIE, "test", "", entityManager -> {
            PlanElement element = entityManager.find(PlanElement.class, item);
            assertThat(element.title()).isEqualTo("Compléter et renouveler le comité exécutif.");
            assertThat(element.schedule().kind()).isEqualTo(ScheduleKind.PERIOD);
            assertThat(element.lead().text()).isEqualTo("CROC");
            AuditReader audit = AuditReaderFactory.get(entityManager);
            List<Number> revisions = audit.getRevisions(PlanElement.class, item);
            Revision edit = audit.findRevision(Revision.class, revisions.get(revisions.size() - 1));
            assertThat(edit.comment()).isEqualTo("Ajout du renouvellement");
            assertThat(edit.author()).isEqualTo("camille.tremblay");
        });
    }

    @Test
    void theListsAndTheNumberChangeToWhatIsTypedAndALeadNamingAnOrganisationIsLinkedToIt() {
        long item = newItem("Soutenir les Tables locales.");
        persistence.run(MONTEREGIE, "camille", "Partenaire", entityManager ->
                entityManager.persist(new ca.concerto.domain.model.partner.Organisation("Avenir d'enfants", "AE", "Philanthropie")));

        inContainerStyleTransaction(entityManager -> Services.over(entityManager).editing().save(coordinator("camille"), "",
                new ElementChanges(item, 0,
                "Soutenir les Tables locales.", null, null, "ae", null, List.of(" Avenir d'enfants ", "", "DSP"),
                List.of("early-literacy"), "1.2", List.of("Nombre de Tables rejointes", " "), List.of("Parents"))));

        persistence.run(MONTEREGIE, "test", "", entityManager -> {
            PlanElement element = entityManager.find(PlanElement.class, item);
            assertThat(element.number()).isEqualTo("1.2");
            assertThat(element.lead().organisation().acronym()).isEqualTo("AE");
            assertThat(element.collaborators()).extracting(c -> c.name()).containsExactly("Avenir d'enfants", "DSP");
            assertThat(element.collaborators().get(0).organisationId()).isNotNull();
            assertThat(element.collaborators().get(1).organisationId()).isNull();
            assertThat(element.resultIndicators()).containsExactly("Nombre de Tables rejointes");
            assertThat(element.targetGroups()).containsExactly("Parents");
            assertThat(element.fieldsOfAction()).containsExactly("early-literacy");
        });
    }

    @Test
    void aFieldOfActionTheNetworkDoesNotKnowIsRefusedAndNothingChanges() {
        long item = newItem("Soutenir les familles.");

        assertThatThrownBy(() -> inContainerStyleTransaction(entityManager -> Services.over(entityManager).editing()
                .save(coordinator("camille"), "", new ElementChanges(item, 0, "Soutenir les familles autrement.", null, null,
                        null, null, null, List.of("early-literacy", "made-up-field"), null, null, null))))
                .isInstanceOf(InvalidInput.class);

        persistence.run(MONTEREGIE, "test", "", entityManager -> {
            PlanElement element = entityManager.find(PlanElement.class, item);
            assertThat(element.title()).isEqualTo("Soutenir les familles.");
            assertThat(element.fieldsOfAction()).isEmpty();
        });
    }

    @Test
    void ofTwoEditsFromTheSameVersionTheSecondIsRefusedWithTheFirstOneShownAndKept() {
        long item = newItem("Réviser la gouvernance.");
        inContainerStyleTransaction(entityManager -> Services.over(entityManager).editing().save(coordinator("camille"), "",
                new ElementChanges(item, 0, "Texte de Camille", null, null, null, null)));

        assertThatThrownBy(() -> inContainerStyleTransaction(entityManager -> Services.over(entityManager).editing().save(coordinator("olivier"), "",
                new ElementChanges(item, 0, "Texte d'Olivier", null, null, null, null))))
                .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                    assertThat(conflict.current().title()).isEqualTo("Texte de Camille");
                    assertThat(conflict.currentVersion()).isEqualTo(1);
                });
        persistence.run(MONTEREGIE, "test", "", entityManager ->
                assertThat(entityManager.find(PlanElement.class, item).title()).isEqualTo("Texte de Camille"));
    }

    @Test
    void anElementOfAnAdoptedPlanCannotBeEditedAndABlankTitleIsRefused() {
        long item = newItem("Élément à protéger.");
        assertThatThrownBy(() -> inContainerStyleTransaction(entityManager -> Services.over(entityManager).editing().save(coordinator("camille"), "",
                new ElementChanges(item, 0, "  ", null, null, null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A plan element needs a title");
        persistence.run(MONTEREGIE, "camille", "Adoption", entityManager ->
                entityManager.find(PlanElement.class, item).plan().adopt(LocalDate.of(2021, 6, 1), "CROC"));

        assertThatThrownBy(() -> inContainerStyleTransaction(entityManager -> Services.over(entityManager).editing().save(coordinator("camille"), "",
                new ElementChanges(item, 0, "Autre", null, null, null, null))))
                .isInstanceOf(PlanNotEditable.class);
    }

    private long newItem(String title) {
        return persistence.inTransaction(MONTEREGIE, "camille", "Création", entityManager -> {
            Plan plan = new Plan("Plan transitoire", Kinds.TRANSITIONAL_PLAN, "transitional-plan",
                    new Period(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31), "2021-2022"));
            PlanElement item = plan.addElement(LevelRule.AS_DOCUMENTED, plan.addElement(LevelRule.AS_DOCUMENTED, null, "section", null, "PRÉPARER LA SUITE..."), "item", "1", title);
            entityManager.persist(plan);
            entityManager.flush();
            return item.id();
        });
    }

    private static <T> T inContainerStyleTransaction(Function<EntityManager, T> work) {
        return persistence.inServiceTransaction(MONTEREGIE, work);
    }

    private static Actor coordinator(String username) {
        return new Actor(username, "monteregie", Set.of(Role.COORDINATOR));
    }
}
