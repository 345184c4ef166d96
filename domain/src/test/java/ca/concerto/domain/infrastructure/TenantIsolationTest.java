package ca.concerto.domain.infrastructure;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.model.plan.Period;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.testing.Kinds;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What tenant A writes, tenant B cannot see by any path the application has to the database. */
class TenantIsolationTest {

    private static final Tenant A = tenant("monteregie");
    private static final Tenant B = tenant("capitale-nationale");
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(A, B);
    private static long planOfA;

    @BeforeAll
    static void aPlanInA() {
        planOfA = persistence.inTransaction(A, "camille", "Plan de A", entityManager -> {
            Plan plan = new Plan("Plan secret de A", Kinds.ANNUAL_ACTION_PLAN, "annual-action-plan",
                    new Period(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), "2018-2019"));
            plan.addElement(LevelRule.AS_DOCUMENTED, null, "axe", "AXE 1", "Axe de A");
            entityManager.persist(plan);
            entityManager.flush();
            return plan.id();
        });
    }

    @Test
    void aSeesItsOwnPlan() {
        persistence.run(A, "camille", "", entityManager ->
                assertThat(entityManager.find(Plan.class, planOfA).title()).isEqualTo("Plan secret de A"));
    }

    @Test
    void bCannotFindAsPlanByItsId() {
        persistence.run(B, "mathieu", "", entityManager -> assertThat(entityManager.find(Plan.class, planOfA)).isNull());
    }

    @Test
    void bsQueriesReturnNoneOfAsRows() {
        persistence.run(B, "mathieu", "", entityManager -> {
            assertThat(entityManager.createQuery("select p from Plan p", Plan.class).getResultList()).isEmpty();
            assertThat(entityManager.createQuery("select count(e) from PlanElement e", Long.class).getSingleResult()).isZero();
        });
    }

    @Test
    void bsNativeQueriesReturnNoneOfAsRows() {
        persistence.run(B, "mathieu", "", entityManager -> {
            assertThat(((Number) entityManager.createNativeQuery("select count(*) from plan").getSingleResult()).intValue())
                    .isZero();
            assertThat(((Number) entityManager.createNativeQuery("select count(*) from revision").getSingleResult()).intValue())
                    .isZero();
        });
    }

    @Test
    void bsAuditQueriesReturnNoneOfAsRevisions() {
        persistence.run(B, "mathieu", "", entityManager -> {
            assertThat(AuditReaderFactory.get(entityManager).getRevisions(Plan.class, planOfA)).isEmpty();
            assertThat(AuditReaderFactory.get(entityManager).createQuery()
                    .forRevisionsOfEntity(Plan.class, true, true).getResultList()).isEmpty();
        });
    }

    @Test
    void withoutATenantNoTenantTableCanBeReadAtAll() {
        try (EntityManager entityManager = persistence.factory().createEntityManager()) {
            assertThatThrownBy(() -> entityManager.createQuery("select p from Plan p", Plan.class).getResultList())
                    .isInstanceOf(PersistenceException.class).hasStackTraceContaining("relation \"plan\" does not exist");
        }
    }
}
