package ca.concerto.domain.application.plans;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.model.plan.Period;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.testing.Kinds;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One draft per plan at a time, and editions numbered along the plan's lineage. */
class PlanVersionsTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE);

    @Test
    void askingTwiceOpensTheSameDraftAndAfterItsAdoptionTheNextEditionFollows() {
        long adopted = persistence.inTransaction(MONTEREGIE, "camille", "Plan adopté", entityManager -> {
            Plan plan = new Plan("Plan d'action annuel", Kinds.ANNUAL_ACTION_PLAN, "annual-action-plan",
                    new Period(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), "2018-2019"));
            plan.addElement(LevelRule.AS_DOCUMENTED, null, "axe", "AXE 1", "Axe");
            plan.adopt(LocalDate.of(2018, 5, 24), "CROC");
            entityManager.persist(plan);
            entityManager.flush();
            return plan.id();
        });

        long first = startNewVersion(adopted);
        long again = startNewVersion(adopted);
        assertThat(again).isEqualTo(first);

        persistence.run(MONTEREGIE, "camille", "Adoption", entityManager ->
                entityManager.find(Plan.class, first).adopt(LocalDate.of(2018, 11, 1), "CROC"));
        long third = startNewVersion(adopted);

        persistence.run(MONTEREGIE, "test", "", entityManager -> {
            assertThat(entityManager.find(Plan.class, first).edition()).isEqualTo(2);
            Plan newest = entityManager.find(Plan.class, third);
            assertThat(newest.edition()).isEqualTo(3);
            assertThat(newest.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(newest.lineage()).isEqualTo(entityManager.find(Plan.class, adopted).lineage());
            assertThat(newest.elements()).hasSize(1);
        });
    }

    private static long startNewVersion(long planId) {
        return persistence.inServiceTransaction(MONTEREGIE, entityManager -> Services.over(entityManager).versions()
                .startNewVersion(new Actor("camille", "monteregie", Set.of(Role.COORDINATOR)), "Nouvelle version", planId));
    }
}
