package ca.concerto.domain.application.plans;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.application.followup.FollowedPlan;
import ca.concerto.domain.infrastructure.demo.DemoPlans;
import ca.concerto.domain.infrastructure.persistence.JpaPlans;
import ca.concerto.domain.infrastructure.persistence.JpaRepository;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.plan.Collaborator;
import ca.concerto.domain.model.plan.Lead;
import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.model.plan.Period;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.testing.Kinds;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A plan's whole tree loads in the same number of statements whether it has three elements or a hundred. */
class PlanTreeLoadingTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(Map.of("hibernate.generate_statistics", "true"), MONTEREGIE);
    private static long annualPlan;
    private static long smallPlan;

    @BeforeAll
    static void plans() {
        List<Plan> imported = persistence.inTransaction(MONTEREGIE,
                new RevisionDetails("import", "monteregie", RevisionKind.IMPORT, ""),
                entityManager -> DemoPlans.importInto(entityManager, "monteregie"));
        annualPlan = imported.get(0).id();
        smallPlan = persistence.inTransaction(MONTEREGIE, "camille", "Petit plan", entityManager -> {
            Plan plan = new Plan("Petit plan", Kinds.WORK_PLAN, "work-plan",
                    new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), "2025-2026"));
            PlanElement orientation = plan.addElement(LevelRule.AS_DOCUMENTED, null, "orientation", null, "Orientation");
            PlanElement priority = plan.addElement(LevelRule.AS_DOCUMENTED, orientation, "priorite", null, "Priorité");
            PlanElement action = plan.addElement(LevelRule.AS_DOCUMENTED, priority, "action", null, "Action");
            Organisation dsp = new Organisation("Direction de santé publique", "DSP", "Santé et services sociaux");
            entityManager.persist(dsp);
            // The same kinds of data as the annual plan (a lead linked to an organisation, collaborators,
            // indicators, target groups), so that only the size differs.
            action.lead(Lead.asWritten("DSP", dsp));
            action.collaborators(List.of(new Collaborator("DSP", dsp.id())));
            action.resultIndicators(List.of("Nombre de rencontres"));
            action.targetGroups(List.of("Familles"));
            entityManager.persist(plan);
            entityManager.flush();
            return plan.id();
        });
    }

    @Test
    void theFullAnnualPlanAndASmallPlanLoadInTheSameNumberOfStatements() {
        long full = statementsToLoad(annualPlan, 113);
        long small = statementsToLoad(smallPlan, 3);

        assertThat(full).isEqualTo(small);
        assertThat(full).isLessThanOrEqualTo(8);
    }

    @Test
    void thePlanPageIsReadInOneCallInTheSameNumberOfStatementsWhateverThePlansSize() {
        long full = statementsForThePlanPage(annualPlan, 113);
        long small = statementsForThePlanPage(smallPlan, 3);

        assertThat(full).isEqualTo(small);
        // 13 for the tree and the follow-up, one each for the plan's sections and milestones.
        assertThat(full).isLessThanOrEqualTo(15);
    }

    /** What the plan page costs: its one application call, in one transaction, as a coordinator. */
    private long statementsForThePlanPage(long planId, int expectedElements) {
        Statistics statistics = persistence.factory().unwrap(SessionFactory.class).getStatistics();
        Actor coordination = new Actor("camille", "monteregie", Set.of(Role.COORDINATOR));
        return persistence.inServiceTransaction(MONTEREGIE, entityManager -> {
            statistics.clear();
            FollowedPlan page = Services.over(entityManager).followUpService().followed(coordination, planId).orElseThrow();
            assertThat(page.outline().elements()).hasSize(expectedElements);
            assertThat(page.followable()).hasSize(expectedElements);
            return statistics.getPrepareStatementCount();
        });
    }

    private long statementsToLoad(long planId, int expectedElements) {
        Statistics statistics = persistence.factory().unwrap(SessionFactory.class).getStatistics();
        return persistence.inTransaction(MONTEREGIE, "test", "", entityManager -> {
            statistics.clear();
            Plan plan = JpaRepository.over(entityManager, JpaPlans::new).withTree(planId).orElseThrow();
            // Everything a plan page shows, touched once more: no statement may be left to run.
            long before = statistics.getPrepareStatementCount();
            int fields = 0;
            for (PlanElement element : plan.inTreeOrder()) {
                fields += element.collaborators().size() + element.resultIndicators().size()
                        + element.targetGroups().size() + element.fieldsOfAction().size();
                if (element.lead() != null && element.lead().organisation() != null) {
                    fields += element.lead().organisation().name().length();
                }
            }
            assertThat(statistics.getPrepareStatementCount()).as("statements after loading").isEqualTo(before);
            assertThat(plan.elements()).hasSize(expectedElements);
            assertThat(fields).isPositive();
            return statistics.getPrepareStatementCount();
        });
    }
}
