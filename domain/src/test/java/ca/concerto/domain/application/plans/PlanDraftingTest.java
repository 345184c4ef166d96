package ca.concerto.domain.application.plans;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.application.followup.ProgressEntry;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.followup.ProgressReport;
import ca.concerto.domain.model.followup.ProgressStatus;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.ScheduleKind;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.testing.Kinds;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.application.TenantScope;
import ca.concerto.tenancy.domain.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Creating plans from templates or earlier plans, and shaping their trees, each change one revision. */
class PlanDraftingTest {

    private static final Tenant CAPITALE = tenant("capitale-nationale");
    private static final NewPlan PLAN_2019 = new NewPlan("Plan d'action 2019-2020", "2019-2020",
            LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31));
    private static final Actor COORDINATION = new Actor("coord", "capitale-nationale", Set.of(Role.COORDINATOR));
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(CAPITALE);

    @Test
    void aPlanCreatedFromATemplateTakesItsTypeAndGrowsElementsInOrder() {
        long planId = drafting(drafting -> drafting.create(COORDINATION, "Test", "annual-action-plan", PLAN_2019));
        long axis = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, null, "axe", "Soutenir les familles", null));
        long first = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, axis, "orientation", "Première orientation", null));
        long second = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, axis, "orientation", "Seconde orientation", null));

        drafting(drafting -> {
            drafting.shift(COORDINATION, "Test", second, -1);
            return null;
        });

        persistence.run(CAPITALE, "test", "", entityManager -> {
            Plan plan = entityManager.find(Plan.class, planId);
            assertThat(plan.kind()).isEqualTo(Kinds.ANNUAL_ACTION_PLAN);
            assertThat(plan.inTreeOrder()).extracting(PlanElement::id).containsExactly(axis, second, first);
        });
    }

    @Test
    void movingAnElementUnderAnotherTakesWhatIsUnderItAndNeverUnderItself() {
        long planId = drafting(drafting -> drafting.create(COORDINATION, "Test", "annual-action-plan", PLAN_2019));
        long axisOne = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, null, "axe", "Axe 1", null));
        long axisTwo = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, null, "axe", "Axe 2", null));
        long action = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, axisOne, "orientation", "Orientation", null));
        long activity = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, action, "objectif", "Objectif", null));

        drafting(drafting -> {
            drafting.moveUnder(COORDINATION, "Test", action, axisTwo);
            return null;
        });
        assertThatThrownBy(() -> drafting(drafting -> {
            drafting.moveUnder(COORDINATION, "Test", action, activity);
            return null;
        })).isInstanceOf(IllegalArgumentException.class);

        persistence.run(CAPITALE, "test", "", entityManager -> {
            Plan plan = entityManager.find(Plan.class, planId);
            assertThat(plan.inTreeOrder()).extracting(PlanElement::id).containsExactly(axisOne, axisTwo, action, activity);
            assertThat(entityManager.find(PlanElement.class, action).parent().id()).isEqualTo(axisTwo);
        });
    }

    @Test
    void removingAnElementShowsFirstWhatGoesWithItThenTakesItAllWithItsFollowUp() {
        long planId = drafting(drafting -> drafting.create(COORDINATION, "Test", "annual-action-plan", PLAN_2019));
        long axis = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, null, "axe", "Axe à retirer", null));
        long action = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, axis, "orientation", "Orientation suivie", null));
        persistence.inServiceTransaction(CAPITALE, entityManager -> Services.over(entityManager).reporting().report(
                new Actor("coord", "capitale-nationale", Set.of(Role.COORDINATOR)),
                new ProgressEntry(action, "2019-Q3", ProgressStatus.IN_PROGRESS, null, "En cours", null), LocalDate.of(2019, 8, 1)));

        ElementRemoval removal = drafting(drafting -> drafting.removal(axis));
        assertThat(removal.titles()).containsExactly("Axe à retirer", "Orientation suivie");
        assertThat(removal.progressReports()).isEqualTo(1);

        drafting(drafting -> {
            drafting.remove(COORDINATION, "Test", axis);
            return null;
        });
        persistence.run(CAPITALE, "test", "", entityManager -> {
            assertThat(entityManager.find(Plan.class, planId).elements()).isEmpty();
            assertThat(entityManager.createQuery("select count(r) from ProgressReport r", Long.class).getSingleResult()).isZero();
        });
    }

    @Test
    void aPlanCarriedForwardKeepsItsElementsAndReadsRecurringSchedulesInTheNewPeriod() {
        long planId = drafting(drafting -> drafting.create(COORDINATION, "Test", "annual-action-plan", PLAN_2019));
        long axis = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, null, "axe", "Axe", null));
        long action = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, axis, "orientation", "Rencontres", null));
        persistence.run(CAPITALE, "coord", "Échéancier", entityManager ->
                entityManager.find(PlanElement.class, action).schedule("En continu"));

        long next = drafting(drafting -> drafting.carryForward(COORDINATION, "Test", planId, new NewPlan("Plan d'action 2020-2021", "2020-2021",
                LocalDate.of(2020, 4, 1), LocalDate.of(2021, 3, 31))));

        persistence.run(CAPITALE, "test", "", entityManager -> {
            Plan carried = entityManager.find(Plan.class, next);
            List<PlanElement> elements = carried.inTreeOrder();
            assertThat(elements).extracting(PlanElement::title).containsExactly("Axe", "Rencontres");
            assertThat(carried.lineage()).isNotEqualTo(entityManager.find(Plan.class, planId).lineage());
            assertThat(elements.get(1).schedule().kind()).isEqualTo(ScheduleKind.RECURRING);
            assertThat(elements.get(1).schedule().start()).contains(LocalDate.of(2020, 4, 1));
        });
    }

    @Test
    void elementsGoOnlyWhereThePlansTemplatePutsTheirLevelAndARefusalChangesNothing() {
        long planId = drafting(drafting -> drafting.create(COORDINATION, "Test", "annual-action-plan", PLAN_2019));
        long axis = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, null, "axe", "Axe", null));
        long orientation = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, axis, "orientation", "Orientation", null));
        long objective = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, orientation, "objectif", "Objectif", null));
        long action = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, objective, "action", "Action", null));

        assertThatThrownBy(() -> drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, axis, "activite",
                "Activité sous un axe", null))).isInstanceOf(InvalidInput.class).hasMessageContaining("activite");
        assertThatThrownBy(() -> drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, null, "action",
                "Action au sommet", null))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> drafting(drafting -> {
            drafting.moveUnder(COORDINATION, "Test", action, axis);
            return null;
        })).isInstanceOf(InvalidInput.class);

        persistence.run(CAPITALE, "test", "", entityManager -> {
            Plan plan = entityManager.find(Plan.class, planId);
            assertThat(plan.inTreeOrder()).extracting(PlanElement::title).containsExactly("Axe", "Orientation", "Objectif", "Action");
            assertThat(entityManager.find(PlanElement.class, action).parent().id()).isEqualTo(objective);
        });
    }

    @Test
    void twoPeopleAddingUnderTheSameParentAtOnceNeverShareAPlace() {
        long planId = drafting(drafting -> drafting.create(COORDINATION, "Test", "annual-action-plan", PLAN_2019));
        long axis = drafting(drafting -> drafting.addElement(COORDINATION, "Test", planId, null, "axe", "Axe", null));

        // Both read the axis without children, so both place their orientation first; the later commit is refused.
        try (TenantScope.Scope scope = TenantScope.enter(CAPITALE);
                EntityManager first = persistence.factory().createEntityManager();
                EntityManager second = persistence.factory().createEntityManager()) {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Services.over(first).drafting().addElement(COORDINATION, "Première", planId, axis, "orientation", "Première", null);
            Services.over(second).drafting().addElement(COORDINATION, "Seconde", planId, axis, "orientation", "Seconde", null);
            first.getTransaction().commit();
            assertThatThrownBy(() -> second.getTransaction().commit()).isInstanceOf(PersistenceException.class);
        }

        persistence.run(CAPITALE, "test", "", entityManager -> assertThat(entityManager.find(Plan.class, planId).inTreeOrder())
                .extracting(PlanElement::title).containsExactly("Axe", "Première"));
    }

    @Test
    void aPlanNeedsATitleAndAKnownTemplate() {
        assertThatThrownBy(() -> drafting(drafting -> drafting.create(COORDINATION, "Test", "annual-action-plan",
                new NewPlan(" ", "2019-2020", null, null)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> drafting(drafting -> drafting.create(COORDINATION, "Test", "no-such-template", PLAN_2019)))
                .isInstanceOf(InvalidInput.class);
        long blank = persistence.inTransaction(CAPITALE, "test", "", entityManager -> entityManager
                .createQuery("select count(p) from Plan p where trim(p.title) = ''", Long.class).getSingleResult());
        assertThat(blank).isZero();
    }

    private static <T> T drafting(Function<PlanDrafting, T> work) {
        return persistence.inServiceTransaction(CAPITALE,
                entityManager -> work.apply(Services.over(entityManager).drafting()));
    }
}
