package ca.concerto.domain.application.plans;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.audit.Revision;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.model.plan.Period;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.testing.Kinds;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.application.TenantScope;
import ca.concerto.tenancy.domain.Tenant;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Adoption is an adoption revision even when the transaction commits after the service has returned. */
class PlanAdoptionTest {

    private static final Tenant CAPITALE = tenant("capitale-nationale");
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(CAPITALE);

    @Test
    void adoptingRecordsAnAdoptionRevisionWithItsAuthorAndComment() {
        long planId = persistence.inTransaction(CAPITALE, "mathieu.gagnon", "Création", entityManager -> {
            Plan plan = new Plan("Plan de travail 2025-2026", Kinds.WORK_PLAN, "work-plan",
                    new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), "2025-2026"));
            plan.addElement(LevelRule.AS_DOCUMENTED, null, "orientation", null, "Favoriser l'équité en santé");
            entityManager.persist(plan);
            entityManager.flush();
            return plan.id();
        });

        // As in the container: the transaction is committed by its owner after the service returned, and no
        // revision details are open around the commit.
        try (TenantScope.Scope scope = TenantScope.enter(CAPITALE);
                EntityManager entityManager = persistence.factory().createEntityManager()) {
            entityManager.getTransaction().begin();
            Services.over(entityManager).adoption().adopt(
                    new Actor("mathieu.gagnon", "capitale-nationale", Set.of(Role.COORDINATOR)),
                    "Adopté à la réunion du 23 septembre", planId, LocalDate.of(2025, 9, 23), "Grandissons tous ensemble");
            entityManager.getTransaction().commit();
        }

        persistence.run(CAPITALE, "test", "", entityManager -> {
            AuditReader audit = AuditReaderFactory.get(entityManager);
            List<Number> revisions = audit.getRevisions(Plan.class, planId);
            Revision adoption = audit.findRevision(Revision.class, revisions.get(revisions.size() - 1));
            assertThat(adoption.kind()).isEqualTo(RevisionKind.ADOPTION);
            assertThat(adoption.author()).isEqualTo("mathieu.gagnon");
            assertThat(adoption.comment()).isEqualTo("Adopté à la réunion du 23 septembre");
            Plan asAdopted = audit.find(Plan.class, planId, revisions.get(revisions.size() - 1));
            assertThat(asAdopted.status()).isEqualTo(PlanStatus.ADOPTED);
            assertThat(asAdopted.adoptingBody()).isEqualTo("Grandissons tous ensemble");
            assertThatThrownBy(() -> entityManager.find(Plan.class, planId).retitle("Autre"))
                    .isInstanceOf(PlanNotEditable.class);
        });
    }

    @Test
    void theSameAdoptionAskedAgainIsRecordedOnceAndAnotherIsRefused() {
        Actor coordination = new Actor("mathieu.gagnon", "capitale-nationale", Set.of(Role.COORDINATOR));
        long planId = persistence.inServiceTransaction(CAPITALE, entityManager -> Services.over(entityManager).drafting()
                .create(coordination, "Création", "work-plan", new NewPlan("Plan de travail 2026-2027", "2026-2027", null, null)));
        LocalDate on = LocalDate.of(2026, 9, 22);

        for (int attempt = 0; attempt < 2; attempt++) {
            persistence.inServiceTransaction(CAPITALE, entityManager -> Services.over(entityManager).adoption()
                    .adopt(coordination, "Adopté", planId, on, "Grandissons tous ensemble "));
        }

        assertThatThrownBy(() -> persistence.inServiceTransaction(CAPITALE, entityManager -> Services.over(entityManager)
                .adoption().adopt(coordination, "Adopté", planId, on.plusDays(1), "Grandissons tous ensemble")))
                .isInstanceOf(PlanNotEditable.class);
        persistence.run(CAPITALE, "test", "", entityManager -> {
            AuditReader audit = AuditReaderFactory.get(entityManager);
            long adoptions = audit.getRevisions(Plan.class, planId).stream()
                    .map(revision -> audit.findRevision(Revision.class, revision).kind())
                    .filter(kind -> kind == RevisionKind.ADOPTION).count();
            assertThat(adoptions).isEqualTo(1);
        });
    }

    @Test
    void aCreationAskedAgainWithItsKeyFindsThePlanTheFirstMade() {
        Actor coordination = new Actor("mathieu.gagnon", "capitale-nationale", Set.of(Role.COORDINATOR));
        NewPlan asked = new NewPlan("Plan de travail 2027-2028", "2027-2028", null, null, false, "essai-" + System.nanoTime());

        long first = persistence.inServiceTransaction(CAPITALE, entityManager -> Services.over(entityManager).drafting()
                .create(coordination, "Création", "work-plan", asked));
        long again = persistence.inServiceTransaction(CAPITALE, entityManager -> Services.over(entityManager).drafting()
                .create(coordination, "Création", "work-plan", asked));
        long another = persistence.inServiceTransaction(CAPITALE, entityManager -> Services.over(entityManager).drafting()
                .create(coordination, "Création", "work-plan", new NewPlan("Plan de travail 2027-2028", "2027-2028", null, null)));

        assertThat(again).isEqualTo(first);
        assertThat(another).isNotEqualTo(first);
    }
}
