package ca.concerto.domain.infrastructure.demo;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.model.audit.Revision;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.partner.Committee;
import ca.concerto.domain.model.partner.PartnerAccount;
import ca.concerto.domain.model.partner.Person;
import ca.concerto.domain.model.plan.Occurrence;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.PlanSection;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.plan.Schedule;
import ca.concerto.domain.model.plan.ScheduleKind;
import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seed plans come into their tenants whole: every element, every field, every accent. */
class DemoPlansTest {

    /** The customer's document, beside the clone as in CI and on developers' machines. */
    private static final Path SEED = Path.of("../../shared/seeds/monteregie-plan-action-2018-2019.txt");
    private static final Tenant MONTEREGIE = tenant("monteregie");
    private static final Tenant CAPITALE = tenant("capitale-nationale");
    private static final Tenant HOCHELAGA = tenant("montreal-hochelaga");
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE, CAPITALE, HOCHELAGA);

    @BeforeAll
    static void importTheDemoTenants() {
        for (Tenant tenant : List.of(MONTEREGIE, CAPITALE, HOCHELAGA)) {
            persistence.inTransaction(tenant, importRevision(tenant),
                    entityManager -> DemoPlans.importInto(entityManager, tenant.slug().value()));
        }
    }

    @Test
    void theAnnualPlanHasTheDocumentsActionsAndActivities() throws IOException {
        inMonteregie(entityManager -> {
            Plan plan = annualPlan(entityManager);
            assertThat(count(plan, "axe")).isEqualTo(5);
            assertThat(count(plan, "orientation")).isEqualTo(8);
            assertThat(count(plan, "objectif")).isEqualTo(12);
            assertThat(count(plan, "action")).isEqualTo(25);
            assertThat(count(plan, "activite")).isEqualTo(63);
            return null;
        });
        if (Files.exists(SEED)) {
            List<String[]> rows = Files.readAllLines(SEED, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.chars().filter(c -> c == '\t').count() >= 7).map(line -> line.split("\t", -1))
                    .filter(cells -> !cells[1].equals("Activités")).toList();
            assertThat(rows.stream().filter(cells -> !cells[0].isBlank()).count()).as("numbered actions").isEqualTo(25);
            assertThat(rows).as("activity rows").hasSize(63);
            // The text of each cell; markup such as <i> is the document's formatting, not its words.
            List<String> documentActivities = rows.stream().map(cells -> cells[1].replaceAll("<[^>]+>", "").strip()).toList();
            inMonteregie(entityManager -> {
                assertThat(annualPlan(entityManager).inTreeOrder().stream().filter(e -> e.levelCode().equals("activite"))
                        .map(PlanElement::title)).containsExactlyElementsOf(documentActivities);
                return null;
            });
        }
    }

    @Test
    void sampleTextsArriveExactlyAsWritten() {
        inMonteregie(entityManager -> {
            Plan plan = annualPlan(entityManager);
            assertThat(plan.status()).isEqualTo(PlanStatus.ADOPTED);
            assertThat(plan.adoptedOn()).isEqualTo(LocalDate.of(2018, 5, 24));
            assertThat(plan.adoptingBody()).isEqualTo("Comité régional Opération Colibri");

            PlanElement sharing = element(plan, "Réaliser la journée de partage.");
            assertThat(sharing.schedule().text()).isEqualTo("10 octobre 2018");
            assertThat(sharing.schedule().kind()).isEqualTo(ScheduleKind.DATE);
            PlanElement meeting = sharing.parent();
            assertThat(meeting.number()).isEqualTo("2");
            assertThat(meeting.lead().text()).isEqualTo("RCPEM");
            assertThat(meeting.lead().organisation().name())
                    .isEqualTo("Regroupement des centres de la petite enfance de la Montérégie");
            assertThat(meeting.collaborators()).extracting(c -> c.name()).contains("Cégep",
                    "Fédération québécoise des organismes communautaires Famille (FQOCF)", "Agente de soutien du CROC");

            PlanElement first = plan.children(plan.children(plan.children(plan.children(null).get(0)).get(0)).get(0)).get(0);
            assertThat(first.title()).startsWith("Explorer les collaborations possibles en lien avec le déploiement");
            assertThat(first.resultIndicators()).containsExactly("Nombre et type de collaborations.",
                    "Type d'activités de diffusion.", "Secteurs et organisations rejoints.");
            assertThat(first.targetGroups()).containsExactly("Membres du CROC.",
                    "Partenaires régionaux et locaux de la petite enfance.");
            assertThat(first.expectedResults()).contains("Le Cadre de référence sur les compétences socioaffectives "
                    + "circulera auprès de plusieurs acteurs en petite enfance.");
            assertThat(first.schedule().kind()).isEqualTo(ScheduleKind.UNDETERMINED);
            // The document's cells list several indicators and target groups, each measured on its own.
            assertThat(plan.elements()).allSatisfy(element -> assertThat(element.resultIndicators()).noneMatch(
                    indicator -> indicator.matches(".*\\.\\s+\\p{Lu}.*")));
            assertThat(plan.elements()).allSatisfy(element -> assertThat(element.targetGroups()).noneMatch(
                    group -> group.matches(".*\\.\\s+\\p{Lu}.*")));
            assertThat(plan.elements()).anySatisfy(element -> assertThat(element.targetGroups()).containsExactly(
                    "Intervenants du réseau des SGÉE.", "Intervenants du réseau des OFC.", "Intervenants du réseau de la santé.",
                    "Autres acteurs intersectoriels, à déterminer."));

            // Orientation 1.2 has no objective in the document: its actions hang from it directly.
            PlanElement orientation12 = plan.elements().stream().filter(e -> "1.2".equals(e.number())).findFirst().orElseThrow();
            assertThat(plan.children(orientation12)).extracting(PlanElement::levelCode).containsExactly("action", "action");
            assertThat(plan.children(orientation12).get(0).title()).startsWith("Collaborer à la mise en");

            PlanElement communication = plan.children(null).get(4);
            assertThat(communication.title()).isEqualTo("Plan de communication 2018-2019");
            assertThat(communication.description()).contains("Objectifs :", "Assurer la promotion des actions réalisées");
            return null;
        });
    }

    @Test
    void thePartnersAndCommitteesOfTheBodyComeWithTheirPlans() {
        inMonteregie(entityManager -> {
            List<Person> executive = entityManager.createQuery("select p from Person p", Person.class).getResultList()
                    .stream().filter(p -> p.committees().contains(Committee.EXECUTIVE_COMMITTEE)).toList();
            assertThat(executive).extracting(Person::fullName).containsExactlyInAnyOrder(
                    "Maggie St-Georges", "Sabrina Bachellerie", "Anne-Marie Legault", "Julie Bickerstaff C.");
            assertThat(entityManager.createQuery("select p from Plan p", Plan.class).getResultList())
                    .extracting(Plan::title).containsExactlyInAnyOrder("Plan d'action annuel 2018-2019",
                            "Panification année transitoire 2021-2022");
            PartnerAccount partner = entityManager.find(PartnerAccount.class, "partenaire.monteregie");
            assertThat(partner.organisation().acronym()).isEqualTo("DSP");
            return null;
        });
    }

    @Test
    void theWorkPlanHoldsItsProposedActionsWithTheirDatesReadAsSchedules() {
        persistence.run(CAPITALE, "test", "", entityManager -> {
            Plan workPlan = entityManager.createQuery("select p from Plan p where p.title = 'Plan de travail 2021-2022'",
                    Plan.class).getSingleResult();
            List<PlanElement> actions = workPlan.inTreeOrder().stream().filter(element -> element.levelCode().equals("action")).toList();
            assertThat(actions).hasSize(21);
            assertThat(actions).extracting(PlanElement::title).contains("Animer les réunions régionales :",
                    "Participer au groupe TEAMS ICIDJE avec le MSSS et les autres régions", "GTE est partenaire au sein du :");
            List<PlanElement> scheduled = workPlan.inTreeOrder().stream().filter(element -> element.schedule() != null).toList();
            assertThat(scheduled).allSatisfy(element -> assertThat(element.schedule().kind()).as(element.schedule().text())
                    .isNotEqualTo(ScheduleKind.UNDETERMINED));
            assertThat(schedule(workPlan, "Préparer et animer cinq réunions").occurrences()).hasSize(5);
            assertThat(schedule(workPlan, "Préparer et animer cinq réunions").start()).contains(LocalDate.of(2021, 9, 28));
            assertThat(schedule(workPlan, "Coordination d'un comité organisateur").occurrences()).extracting(Occurrence::start)
                    .containsExactly(LocalDate.of(2021, 8, 25), LocalDate.of(2021, 9, 8), LocalDate.of(2021, 9, 30),
                            LocalDate.of(2021, 10, 20), LocalDate.of(2021, 11, 3));
            assertThat(schedule(workPlan, "Décembre : services en orthophonie").start()).contains(LocalDate.of(2021, 12, 1));
            assertThat(schedule(workPlan, "Distribution du guide").end()).contains(LocalDate.of(2021, 9, 30));
            assertThat(schedule(workPlan, "Un courriel/mois").frequency()).isPresent();
        });
    }

    @Test
    void aMontrealTableLandsOnADraftOfItsLeafletsFieldsOfActionMadeFromItsTemplate() {
        persistence.run(HOCHELAGA, "test", "", entityManager -> {
            Plan draft = entityManager.createQuery("select p from Plan p", Plan.class).getSingleResult();
            assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(draft.templateCode()).isEqualTo("local-concerted-action");
            assertThat(draft.kind().french()).isEqualTo("Plan d'action concertée");
            assertThat(draft.children(null)).extracting(PlanElement::title).containsExactly("Développement de l'enfant",
                    "Qualité de vie des familles", "Périnatalité", "Approches de proximité", "Saines habitudes de vie",
                    "Éveil à la lecture et à l'écriture", "Soutien parental");
            assertThat(draft.children(null)).extracting(element -> element.fieldsOfAction().size()).doesNotContain(0);
            assertThat(draft.sections()).extracting(section -> section.title().orElse("")).contains("Objectif");
            assertThat(draft.sections().get(1).body()).contains("chaque quartier montréalais");
        });
    }

    private static Schedule schedule(Plan plan, String titleStart) {
        return plan.inTreeOrder().stream().filter(element -> element.title().startsWith(titleStart)).findFirst().orElseThrow()
                .schedule();
    }

    @Test
    void theCapitaleNationalePlansKeepTheirStatementsAndStructure() {
        persistence.inTransaction(CAPITALE, "test", "", entityManager -> {
            Plan workPlan = entityManager.createQuery("select p from Plan p where p.title = 'Plan de travail 2021-2022'",
                    Plan.class).getSingleResult();
            assertThat(workPlan.adoptedOn()).isEqualTo(LocalDate.of(2021, 9, 28));
            assertThat(workPlan.sections()).extracting(PlanSection::kind).containsExactly(SectionKind.INTRODUCTION,
                    SectionKind.VISION, SectionKind.MISSION, SectionKind.MANDATES, SectionKind.ROLES, SectionKind.MEMBERS,
                    SectionKind.CREDITS, SectionKind.OTHER);
            assertThat(workPlan.sections().get(0).body()).isEqualTo("Mise à jour pour 2021-2022");
            assertThat(workPlan.sections().get(1).body()).startsWith("Enfants bénéficient conditions favorables")
                    .contains("- Transitions réussies;");
            assertThat(workPlan.sections().get(4).body()).contains("Agir comme plaque tournante");
            assertThat(workPlan.sections().get(5).title()).contains("ORGANISATIONS MEMBRES");
            assertThat(workPlan.sections().get(7).title()).contains("PRIORITÉS 2020-2022 ET ACTIVITÉS PROPOSÉES");
            assertThat(workPlan.sections().get(7).body()).isNull();
            assertThat(workPlan.children(null)).extracting(PlanElement::title)
                    .containsExactly("FAVORISER L'ÉQUITÉ EN SANTÉ ET LA QUALITÉ DE VIE DES FAMILLES");
            assertThat(workPlan.children(workPlan.children(null).get(0))).extracting(PlanElement::title).containsExactly(
                    "LES LIEUX DE CONCERTATION", "LE TRANSFERT DES CONNAISSANCES", "L'OFFRE DE SERVICE",
                    "LES ENVIRONNEMENTS FAVORABLES", "L'APPROCHE", "LE PLAIDOYER");
            Plan priorities = entityManager.createQuery("select p from Plan p where p.templateCode = 'five-year-priorities'", Plan.class).getSingleResult();
            assertThat(priorities.children(null)).hasSize(3);
            assertThat(priorities.inTreeOrder()).extracting(PlanElement::title)
                    .contains("Formation sur la communication accessible par l'organisme Atout-lire",
                            "Octobre : littératie et éveil à la lecture");
            return null;
        });
    }

    @Test
    void theImportIsOneImportRevisionAndASecondImportChangesNothing() {
        inMonteregie(entityManager -> {
            Plan plan = annualPlan(entityManager);
            List<Number> revisions = AuditReaderFactory.get(entityManager).getRevisions(Plan.class, plan.id());
            assertThat(revisions).hasSize(1);
            Revision revision = AuditReaderFactory.get(entityManager).findRevision(Revision.class, revisions.get(0));
            assertThat(revision.kind()).isEqualTo(RevisionKind.IMPORT);
            assertThat(revision.comment()).contains("plan-action-2018-2019");
            return null;
        });
        long elementsBefore = inMonteregie(entityManager ->
                entityManager.createQuery("select count(e) from PlanElement e", Long.class).getSingleResult());

        List<Plan> again = persistence.inTransaction(MONTEREGIE, importRevision(MONTEREGIE),
                entityManager -> DemoPlans.importInto(entityManager, "monteregie"));

        assertThat(again).isEmpty();
        long elementsAfter = inMonteregie(entityManager ->
                entityManager.createQuery("select count(e) from PlanElement e", Long.class).getSingleResult());
        assertThat(elementsAfter).isEqualTo(elementsBefore);
    }

    private static RevisionDetails importRevision(Tenant tenant) {
        return new RevisionDetails("import", tenant.slug().value(), RevisionKind.IMPORT,
                "Importé de " + String.join(", ", DemoPlans.documentsOf(tenant.slug().value())));
    }

    private static <T> T inMonteregie(Function<jakarta.persistence.EntityManager, T> work) {
        return persistence.inTransaction(MONTEREGIE, "test", "", work);
    }

    private static Plan annualPlan(jakarta.persistence.EntityManager entityManager) {
        return entityManager.createQuery("select p from Plan p where p.title = 'Plan d''action annuel 2018-2019'",
                Plan.class).getSingleResult();
    }

    private static long count(Plan plan, String level) {
        return plan.elements().stream().filter(element -> element.levelCode().equals(level)).count();
    }

    private static PlanElement element(Plan plan, String title) {
        return plan.elements().stream().filter(element -> element.title().equals(title)).findFirst().orElseThrow();
    }
}
