package ca.concerto.domain.model.plan;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.model.audit.Revision;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.testing.Kinds;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.application.TenantScope;
import ca.concerto.tenancy.domain.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Plans in a tenant's schema: their tree, their revisions, adoption, and concurrent edits. */
class PlanPersistenceTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    private static final Period PERIOD = new Period(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), "2018-2019");
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE);

    @Test
    void aPlanTreeWithEveryFieldOfAnActivityComesBackAsSaved() {
        long planId = saveAnnualPlan("Plan d'action annuel 2018-2019");

        persistence.run(MONTEREGIE, "test", "", entityManager -> {
            Plan plan = entityManager.find(Plan.class, planId);
            assertThat(plan.inTreeOrder()).extracting(PlanElement::levelCode)
                    .containsExactly("axe", "orientation", "objectif", "action", "activite", "activite");
            PlanElement activity = plan.inTreeOrder().get(4);
            assertThat(activity.title()).isEqualTo("Inviter l'AQCPÉ à présenter le projet aux membres du CROC.");
            assertThat(activity.schedule().kind()).isEqualTo(ScheduleKind.UNDETERMINED);
            assertThat(activity.schedule().text()).isEqualTo("À déterminer en fonction du calendrier de déploiement");
            assertThat(activity.lead().text()).isEqualTo("Comité exécutif et agente de soutien du CROC");
            assertThat(activity.collaborators()).extracting(Collaborator::name).containsExactly("AQCPÉ", "MF", "AGPQ");
            assertThat(activity.resultIndicators()).containsExactly("Nombre et type de collaborations.",
                    "Type d'activités de diffusion.");
            assertThat(activity.targetGroups()).containsExactly("Membres du CROC.");
            assertThat(activity.fieldsOfAction()).containsExactly("child-development");
            assertThat(plan.inTreeOrder().get(5).schedule().start()).contains(LocalDate.of(2018, 9, 23));
        });
    }

    @Test
    void everySaveIsARevisionWithItsAuthorAndComment() {
        long planId = saveAnnualPlan("Plan à réviser");
        persistence.run(MONTEREGIE, "camille.tremblay", "Titre corrigé selon le comité exécutif",
                entityManager -> entityManager.find(Plan.class, planId).retitle("Plan d'action annuel révisé"));

        persistence.run(MONTEREGIE, "test", "", entityManager -> {
            AuditReader audit = AuditReaderFactory.get(entityManager);
            List<Number> revisions = audit.getRevisions(Plan.class, planId);
            assertThat(revisions).hasSize(2);
            Revision edit = audit.findRevision(Revision.class, revisions.get(1));
            assertThat(edit.author()).isEqualTo("camille.tremblay");
            assertThat(edit.comment()).isEqualTo("Titre corrigé selon le comité exécutif");
            assertThat(edit.kind()).isEqualTo(RevisionKind.EDIT);
            assertThat(edit.tenant()).isEqualTo("monteregie");
            List<?> titleChanges = audit.createQuery().forRevisionsOfEntity(Plan.class, false, true)
                    .add(AuditEntity.id().eq(planId)).add(AuditEntity.property("title").hasChanged())
                    .add(AuditEntity.revisionNumber().gt(revisions.get(0))).getResultList();
            assertThat(titleChanges).as("modified flags say which field changed").hasSize(1);
            assertThat(audit.find(Plan.class, planId, revisions.get(0)).title()).isEqualTo("Plan à réviser");
        });
    }

    @Test
    void aChangeThatSaysNeitherWhoNorWhyIsRefusedAndNothingIsSaved() {
        long before = countPlans();
        try (TenantScope.Scope scope = TenantScope.enter(MONTEREGIE)) {
            EntityManager entityManager = persistence.factory().createEntityManager();
            entityManager.getTransaction().begin();
            entityManager.persist(new Plan("Plan anonyme", Kinds.WORK_PLAN, "work-plan", PERIOD));
            assertThatThrownBy(() -> entityManager.getTransaction().commit()).hasRootCauseMessage(
                    "A change to a plan must say who makes it and why: open RevisionDetails first");
            entityManager.close();
        }
        assertThat(countPlans()).isEqualTo(before);
    }

    @Test
    void adoptingRecordsAnAdoptionRevisionAndTheAdoptedPlanStaysRecoverableAfterANewVersion() {
        long planId = saveAnnualPlan("Plan à adopter");
        RevisionDetails adoption = new RevisionDetails("camille.tremblay", "monteregie", RevisionKind.ADOPTION,
                "Adopté par le Comité régional Opération Colibri");
        persistence.inTransaction(MONTEREGIE, adoption, entityManager -> {
            entityManager.find(Plan.class, planId).adopt(LocalDate.of(2018, 5, 24), "Comité régional Opération Colibri");
            return null;
        });
        long draftId = persistence.inTransaction(MONTEREGIE, "camille.tremblay", "Nouvelle version", entityManager -> {
            Plan draft = entityManager.find(Plan.class, planId).startNewVersion(2);
            entityManager.persist(draft);
            draft.inTreeOrder().get(4).retitle("Activité reformulée après l'adoption");
            return draft.id();
        });

        persistence.run(MONTEREGIE, "test", "", entityManager -> {
            AuditReader audit = AuditReaderFactory.get(entityManager);
            Number adoptionRevision = audit.getRevisions(Plan.class, planId).get(1);
            assertThat(audit.findRevision(Revision.class, adoptionRevision).kind()).isEqualTo(RevisionKind.ADOPTION);
            Plan asAdopted = audit.find(Plan.class, planId, adoptionRevision);
            assertThat(asAdopted.status()).isEqualTo(PlanStatus.ADOPTED);
            assertThat(asAdopted.adoptedOn()).isEqualTo(LocalDate.of(2018, 5, 24));
            List<?> elementsAsAdopted = audit.createQuery().forEntitiesAtRevision(PlanElement.class, adoptionRevision)
                    .add(AuditEntity.property("plan").eq(asAdopted)).getResultList();
            assertThat(elementsAsAdopted).extracting(e -> ((PlanElement) e).title())
                    .contains("Inviter l'AQCPÉ à présenter le projet aux membres du CROC.")
                    .doesNotContain("Activité reformulée après l'adoption");

            Plan adopted = entityManager.find(Plan.class, planId);
            Plan draft = entityManager.find(Plan.class, draftId);
            assertThat(adopted.inTreeOrder().get(4).title()).isEqualTo("Inviter l'AQCPÉ à présenter le projet aux membres du CROC.");
            assertThat(draft.inTreeOrder().get(4).title()).isEqualTo("Activité reformulée après l'adoption");
            assertThat(draft.lineage()).isEqualTo(adopted.lineage());
            assertThat(draft.edition()).isEqualTo(2);
            assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        });
    }

    @Test
    void anAdoptedPlanCannotChange() {
        long planId = saveAnnualPlan("Plan adopté");
        persistence.run(MONTEREGIE, "camille", "Adoption",
                entityManager -> entityManager.find(Plan.class, planId).adopt(LocalDate.of(2018, 5, 24), "CROC"));

        persistence.run(MONTEREGIE, "camille", "Tentative", entityManager -> {
            Plan plan = entityManager.find(Plan.class, planId);
            PlanElement activity = plan.inTreeOrder().get(4);
            assertThatThrownBy(() -> activity.retitle("Autre")).isInstanceOf(PlanNotEditable.class)
                    .hasMessageContaining("start a new version");
            assertThatThrownBy(() -> plan.addElement(LevelRule.AS_DOCUMENTED, null, "axe", "AXE 5", "Nouvel axe")).isInstanceOf(PlanNotEditable.class);
            assertThatThrownBy(() -> plan.removeElement(activity)).isInstanceOf(PlanNotEditable.class);
            assertThatThrownBy(() -> activity.schedule("Mai 2018")).isInstanceOf(PlanNotEditable.class);
        });
    }

    @Test
    void ofTwoConcurrentEditsOfOneElementTheSecondFailsAndTheFirstIsKept() {
        long planId = saveAnnualPlan("Plan partagé");
        try (TenantScope.Scope scope = TenantScope.enter(MONTEREGIE);
                RevisionDetails.Scope revision = new RevisionDetails("camille", "monteregie", RevisionKind.EDIT, "").open();
                EntityManager first = persistence.factory().createEntityManager();
                EntityManager second = persistence.factory().createEntityManager()) {
            first.getTransaction().begin();
            second.getTransaction().begin();
            PlanElement mine = first.find(Plan.class, planId).inTreeOrder().get(4);
            PlanElement theirs = second.find(Plan.class, planId).inTreeOrder().get(4);
            mine.retitle("Version de Camille");
            theirs.retitle("Version d'Olivier");
            first.getTransaction().commit();

            assertThatThrownBy(() -> second.getTransaction().commit()).isInstanceOf(RollbackException.class)
                    .hasCauseInstanceOf(OptimisticLockException.class);
        }
        persistence.run(MONTEREGIE, "test", "", entityManager -> assertThat(
                entityManager.find(Plan.class, planId).inTreeOrder().get(4).title()).isEqualTo("Version de Camille"));
    }

    private long saveAnnualPlan(String title) {
        return persistence.inTransaction(MONTEREGIE, "camille.tremblay", "Création", entityManager -> {
            Organisation aqcpe = new Organisation("Association québécoise des centres de la petite enfance", "AQCPÉ", "Services de garde");
            entityManager.persist(aqcpe);
            Plan plan = new Plan(title, Kinds.ANNUAL_ACTION_PLAN, "annual-action-plan", PERIOD);
            PlanElement axis = plan.addElement(LevelRule.AS_DOCUMENTED, null, "axe", "AXE 1", "SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT");
            PlanElement orientation = plan.addElement(LevelRule.AS_DOCUMENTED, axis, "orientation", "1.1", "Faire connaître les succès d'intégration");
            PlanElement objective = plan.addElement(LevelRule.AS_DOCUMENTED, orientation, "objectif", "1.1.1", "Promouvoir l'importance des SGÉE");
            PlanElement action = plan.addElement(LevelRule.AS_DOCUMENTED, objective, "action", "1", "Explorer les collaborations possibles");
            PlanElement activity = plan.addElement(LevelRule.AS_DOCUMENTED, action, "activite", null,
                    "Inviter l'AQCPÉ à présenter le projet aux membres du CROC.");
            activity.schedule("À déterminer en fonction du calendrier de déploiement");
            activity.lead(Lead.asWritten("Comité exécutif et agente de soutien du CROC"));
            activity.collaborators(List.of(new Collaborator("AQCPÉ", aqcpe.id()), new Collaborator("MF", null),
                    new Collaborator("AGPQ", null)));
            activity.resultIndicators(List.of("Nombre et type de collaborations.", "Type d'activités de diffusion."));
            activity.targetGroups(List.of("Membres du CROC."));
            activity.expectedResults("Les membres du CROC collaboreront avec l'AQCPÉ.");
            activity.fieldsOfAction(List.of("child-development"));
            plan.addElement(LevelRule.AS_DOCUMENTED, action, "activite", null, "Présenter le cadre de référence au CROC.")
                    .schedule("Automne 2018 – hiver 2019");
            entityManager.persist(plan);
            entityManager.flush();
            return plan.id();
        });
    }

    private long countPlans() {
        return persistence.inTransaction(MONTEREGIE, "test", "",
                entityManager -> entityManager.createQuery("select count(p) from Plan p", Long.class).getSingleResult());
    }
}
