package ca.concerto.domain.model.template;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.infrastructure.demo.DemoPlans;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared templates describe the four shapes of the seed plans, and every demo plan fits its template. */
class PlanTemplateTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    private static final Tenant CAPITALE = tenant("capitale-nationale");
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE, CAPITALE);

    @BeforeAll
    static void demoTenants() {
        for (Tenant tenant : List.of(MONTEREGIE, CAPITALE)) {
            persistence.inTransaction(tenant, new RevisionDetails("import", tenant.slug().value(), RevisionKind.IMPORT, ""),
                    entityManager -> DemoPlans.importInto(entityManager, tenant.slug().value()));
        }
    }

    @Test
    void everyTenantReadsTheSameFiveTemplates() {
        for (Tenant tenant : List.of(MONTEREGIE, CAPITALE)) {
            persistence.run(tenant, "test", "", entityManager -> assertThat(entityManager
                    .createQuery("select t from PlanTemplate t order by t.code", PlanTemplate.class).getResultList())
                    .extracting(PlanTemplate::code)
                    .containsExactly("annual-action-plan", "five-year-priorities", "local-concerted-action", "transitional-plan",
                            "work-plan"));
        }
    }

    @Test
    void theAnnualPlanTemplateNestsAxisToActivityWithTheTablesFields() {
        persistence.run(MONTEREGIE, "test", "", entityManager -> {
            PlanTemplate annual = entityManager.find(PlanTemplate.class, "annual-action-plan");
            assertThat(annual.levels()).extracting(TemplateLevel::code)
                    .containsExactly("axe", "orientation", "objectif", "action", "activite");
            assertThat(annual.level("activite").orElseThrow().label(Locale.CANADA_FRENCH)).isEqualTo("Activité");
            assertThat(annual.level("activite").orElseThrow().fields()).contains(ElementField.SCHEDULE, ElementField.LEAD,
                    ElementField.COLLABORATORS, ElementField.RESULT_INDICATORS, ElementField.TARGET_GROUPS,
                    ElementField.EXPECTED_RESULTS);
            assertThat(annual.childrenOf("action")).extracting(TemplateLevel::code).containsExactly("activite");
            assertThat(annual.name(Locale.ENGLISH)).isEqualTo("Annual action plan");
        });
    }

    @Test
    void everyElementOfEveryDemoPlanSitsAtALevelOfItsTemplateBelowItsParentsLevel() {
        for (Tenant tenant : List.of(MONTEREGIE, CAPITALE)) {
            persistence.run(tenant, "test", "", entityManager -> {
                for (Plan plan : entityManager.createQuery("select p from Plan p", Plan.class).getResultList()) {
                    PlanTemplate template = entityManager.find(PlanTemplate.class, plan.templateCode());
                    assertThat(template).as(plan.title()).isNotNull();
                    for (PlanElement element : plan.elements()) {
                        assertThat(template.level(element.levelCode())).as(element.title()).isPresent();
                        String parentLevel = element.parent() == null ? null : element.parent().levelCode();
                        assertThat(isBelow(template, element.levelCode(), parentLevel))
                                .as("%s (%s) under %s", element.title(), element.levelCode(), parentLevel).isTrue();
                    }
                }
            });
        }
    }

    @Test
    void theNetworkComparesOnTenFieldsOfAction() {
        persistence.run(CAPITALE, "test", "", entityManager -> {
            List<FieldOfAction> fields = entityManager.createQuery("select f from FieldOfAction f order by f.position",
                    FieldOfAction.class).getResultList();
            assertThat(fields).hasSize(10);
            assertThat(fields.get(5).label(Locale.CANADA_FRENCH)).isEqualTo("Éveil à la lecture et à l'écriture");
            assertThat(fields).extracting(FieldOfAction::code).contains("health-equity", "public-policy");
        });
    }

    /** A level sits below another when the other is one of its ancestors in the template (levels may be skipped). */
    private static boolean isBelow(PlanTemplate template, String levelCode, String ancestorCode) {
        String parent = template.level(levelCode).orElseThrow().parentCode();
        if (ancestorCode == null) {
            return true;
        }
        while (parent != null) {
            if (parent.equals(ancestorCode)) {
                return true;
            }
            parent = template.level(parent).orElseThrow().parentCode();
        }
        return false;
    }
}
