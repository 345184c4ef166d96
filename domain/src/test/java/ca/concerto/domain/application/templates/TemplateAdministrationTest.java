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
import ca.concerto.domain.model.shared.ChangedMeanwhile;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.TemplateInUse;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import java.util.List;
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

    @Test
    void anAdministratorAuthorsATemplateWhoseLevelsAndKindThePlansMadeFromItFollow() {
        String code = persistence.inServiceTransaction(MONTEREGIE, em -> administration(em).create(ADMIN, new TemplateDraft(null,
                "Plan stratégique", "Strategic plan", "Plan stratégique", "Strategic plan", List.of(
                        new TemplateDraft.Level(null, null, "Enjeu", "Issue", Set.of(ElementField.DESCRIPTION)),
                        new TemplateDraft.Level("cible", "enjeu", "Cible", "Target", Set.of()),
                        new TemplateDraft.Level(null, "cible", "Moyen d'action", "Means", Set.of(ElementField.SCHEDULE, ElementField.LEAD))))));
        assertThat(code).isEqualTo("plan-strategique");

        long plan = persistence.inServiceTransaction(MONTEREGIE, em -> Services.over(em).drafting()
                .create(CAMILLE, "", code, new NewPlan("Plan stratégique 2026-2031", "2026-2031", null, null, false)));
        persistence.inServiceTransaction(MONTEREGIE, em -> {
            var drafting = Services.over(em).drafting();
            long issue = drafting.addElement(CAMILLE, "", plan, null, "enjeu", "La réussite éducative", null);
            long target = drafting.addElement(CAMILLE, "", plan, issue, "cible", "Les familles isolées", null);
            drafting.addElement(CAMILLE, "", plan, target, "moyen-d-action", "Des haltes-garderies", "Automne 2026");
            assertThatThrownBy(() -> drafting.addElement(CAMILLE, "", plan, null, "cible", "Au mauvais niveau", null))
                    .isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> drafting.moveUnder(CAMILLE, "", target, null)).isInstanceOf(InvalidInput.class);
            return null;
        });
        persistence.run(MONTEREGIE, "test", "", em -> {
            Plan made = em.find(Plan.class, plan);
            assertThat(made.kind().label(Locale.CANADA_FRENCH)).isEqualTo("Plan stratégique");
            assertThat(made.kind().label(Locale.ENGLISH)).isEqualTo("Strategic plan");
            assertThat(made.inTreeOrder()).extracting(PlanElement::levelCode).containsExactly("enjeu", "cible", "moyen-d-action");
        });

        // Plans keep their kind when the template's changes; the template they were made from is kept.
        admin(admin -> admin.describe(ADMIN, code, null, "Plan stratégique quinquennal", "Five-year strategic plan",
                "Planification stratégique", "Strategic planning"));
        persistence.run(MONTEREGIE, "test", "", em -> assertThat(em.find(Plan.class, plan).kind().french()).isEqualTo("Plan stratégique"));
        assertThatThrownBy(() -> admin(admin -> admin.delete(ADMIN, code))).isInstanceOf(TemplateInUse.class);
        assertThatThrownBy(() -> admin(admin -> admin.describe(ADMIN, code, 0, "x", "x", "x", "x")))
                .isInstanceOf(ChangedMeanwhile.class);
    }

    @Test
    void aRetiredLevelIsNoLongerOfferedAndThePlansThatUseItKeepTheirElements() {
        String code = persistence.inServiceTransaction(MONTEREGIE, em -> administration(em).copy(ADMIN, "transitional-plan", null,
                "Plan transitoire (copie)", "Transitional plan (copy)"));
        long plan = persistence.inServiceTransaction(MONTEREGIE, em -> Services.over(em).drafting()
                .create(CAMILLE, "", code, new NewPlan("Plan transitoire 2026-2027", "2026-2027", null, null, false)));
        long item = persistence.inServiceTransaction(MONTEREGIE, em -> {
            var drafting = Services.over(em).drafting();
            long section = drafting.addElement(CAMILLE, "", plan, null, "section", "Soutien parental", null);
            return drafting.addElement(CAMILLE, "", plan, section, "item", "Ateliers", null);
        });

        admin(admin -> admin.retireLevel(ADMIN, code, "item"));

        PlanTemplate copy = persistence.inTransaction(MONTEREGIE, "test", "", em -> em.find(PlanTemplate.class, code));
        assertThat(copy.level("item").orElseThrow().isRetired()).isTrue();
        assertThat(copy.childrenOf("section")).isEmpty();
        assertThatThrownBy(() -> persistence.inServiceTransaction(MONTEREGIE, em -> Services.over(em).drafting()
                .addElement(CAMILLE, "", plan, null, "item", "Nouveau", null))).isInstanceOf(InvalidInput.class);
        persistence.run(MONTEREGIE, "test", "", em -> assertThat(em.find(PlanElement.class, item).title()).isEqualTo("Ateliers"));
        PlanTemplate original = persistence.inTransaction(MONTEREGIE, "test", "", em -> em.find(PlanTemplate.class, "transitional-plan"));
        assertThat(original.level("item").orElseThrow().isRetired()).isFalse();
    }

    @Test
    void aTemplateNoPlanWasMadeFromMayBeDeleted() {
        String code = persistence.inServiceTransaction(MONTEREGIE, em -> administration(em).copy(ADMIN, "work-plan", "brouillon",
                "Brouillon", "Draft"));
        admin(admin -> admin.delete(ADMIN, code));
        PlanTemplate deleted = persistence.inTransaction(MONTEREGIE, "test", "", em -> em.find(PlanTemplate.class, code));
        assertThat(deleted).isNull();
        assertThatThrownBy(() -> admin(admin -> admin.copy(ADMIN, "work-plan", "work-plan", "Copie", "Copy")))
                .isInstanceOf(InvalidInput.class);
    }

    private static TemplateAdministration administration(jakarta.persistence.EntityManager em) {
        TemplateAdministration administration = new TemplateAdministration();
        administration.templates = Services.over(em).templates();
        return administration;
    }

    private static void admin(java.util.function.Consumer<TemplateAdministration> work) {
        persistence.inServiceTransaction(MONTEREGIE, em -> {
            work.accept(administration(em));
            return null;
        });
    }
}
