package ca.concerto.domain.application.templates;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.NotAllowed;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Platform administrators shape the shared templates; plans start from them and never change with them. */
class TemplateAdministrationTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    private static final Actor ADMIN = new Actor("admin.plateforme", null, Set.of(Role.PLATFORM_ADMIN));
    private static final Actor CAMILLE = new Actor("camille", "monteregie", Set.of(Role.COORDINATOR));
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE);

    @Test
    void aPlanStartsWithTheTemplatesStarterContentAndKeepsItWhenTheTemplateChanges() {
        admin(admin -> {
            admin.addLevel(ADMIN, "work-plan", "etape", "echeancier", "Étape", "Step", Set.of(ElementField.SCHEDULE));
            admin.addStarter(ADMIN, "work-plan", "orientation", null, "FAVORISER L'ÉQUITÉ EN SANTÉ", null);
            admin.addStarter(ADMIN, "work-plan", "priorite", null, "LES LIEUX DE CONCERTATION", 0);
        });
        long plan = persistence.inServiceTransaction(MONTEREGIE, em -> Services.over(em).drafting()
                .create(CAMILLE, "", "work-plan", new NewPlan("Plan de travail", "2025-2026", null, null, true)));

        admin(admin -> {
            admin.removeStarter(ADMIN, "work-plan", 0);
            admin.relabelLevel(ADMIN, "work-plan", "orientation", "Grande orientation", "Main orientation", Set.of());
        });

        PlanTemplate changed = persistence.inTransaction(MONTEREGIE, "test", "", em -> em.find(PlanTemplate.class, "work-plan"));
        assertThat(changed.starters()).isEmpty();
        assertThat(changed.level("orientation").orElseThrow().label(Locale.CANADA_FRENCH)).isEqualTo("Grande orientation");
        assertThat(changed.childrenOf("echeancier")).extracting(level -> level.code()).containsExactly("etape");
        persistence.run(MONTEREGIE, "test", "", em -> {
            Plan made = em.find(Plan.class, plan);
            assertThat(made.inTreeOrder()).extracting(PlanElement::title)
                    .containsExactly("FAVORISER L'ÉQUITÉ EN SANTÉ", "LES LIEUX DE CONCERTATION");
            assertThat(made.inTreeOrder().get(1).parent().title()).isEqualTo("FAVORISER L'ÉQUITÉ EN SANTÉ");
        });
    }

    @Test
    void theAnnualTemplateStartsWithTheFourAxesAndOnlyAdministratorsChangeTemplates() {
        PlanTemplate annual = persistence.inTransaction(MONTEREGIE, "test", "", em -> em.find(PlanTemplate.class, "annual-action-plan"));
        assertThat(annual.starters()).extracting(starter -> starter.number()).containsExactly("AXE 1", "AXE 2", "AXE 3", "AXE 4");

        assertThatThrownBy(() -> admin(admin -> admin.rename(CAMILLE, "work-plan", "Autre", "Other")))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> admin(admin -> admin.addLevel(ADMIN, "work-plan", "Mauvais Code", null, "x", "x", Set.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void admin(java.util.function.Consumer<TemplateAdministration> work) {
        persistence.inServiceTransaction(MONTEREGIE, em -> {
            TemplateAdministration administration = new TemplateAdministration();
            administration.templates = Services.over(em).templates();
            work.accept(administration);
            return null;
        });
    }
}
