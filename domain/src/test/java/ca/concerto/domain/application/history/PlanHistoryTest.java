package ca.concerto.domain.application.history;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.application.plans.ElementChanges;
import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.application.plans.PlanDrafting;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.NotAllowed;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.audit.HistoryRead;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A plan's history read back from its audit: its revisions, the plan as it was, and comparisons on known
 * pairs of states, with the changes since adoption listing exactly the fields that changed.
 */
class PlanHistoryTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    private static final Actor CAMILLE = new Actor("camille", "monteregie", Set.of(Role.COORDINATOR));
    private static final Actor AUDITOR = new Actor("verification", "monteregie", Set.of(Role.AUDITOR));
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE);

    @Test
    void theTimelineListsEachRevisionAndThePlanReadsAsItWasAtEach() {
        long plan = drafting(d -> d.create(CAMILLE, "Rédaction", "annual-action-plan", new NewPlan("Plan 2018-2019", "2018-2019",
                LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31))));
        long axis = drafting(d -> d.addElement(CAMILLE, "Rédaction", plan, null, "axe", "Soutenir les familles", null));
        long action = drafting(d -> d.addElement(CAMILLE, "Rédaction", plan, axis, "orientation", "Diffuser le cadre", "Automne 2018"));
        edit(action, 0, "Diffuser le cadre de référence", "Hiver 2019");
        service(em -> Services.over(em).adoption().adopt(CAMILLE, "Adopté", plan, LocalDate.of(2018, 5, 24), "Comité régional"));

        List<RevisionLine> revisions = service(em -> Services.over(em).history().revisions(plan));
        assertThat(revisions).extracting(RevisionLine::kind).containsExactly(RevisionKind.EDIT, RevisionKind.EDIT,
                RevisionKind.EDIT, RevisionKind.EDIT, RevisionKind.ADOPTION);
        long addedAction = revisions.get(2).number();
        long edited = revisions.get(3).number();

        PlanSnapshot before = service(em -> Services.over(em).history().at(plan, addedAction)).orElseThrow();
        assertThat(before.outline().elements()).extracting(e -> e.title()).containsExactly("Soutenir les familles", "Diffuser le cadre");
        PlanDiff diff = service(em -> PlanComparison.compare(before, Services.over(em).history().at(plan, edited).orElseThrow(), Locale.CANADA_FRENCH));
        assertThat(diff.planChanges()).isEmpty();
        assertThat(diff.elementChanges()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(PlanDiff.Kind.CHANGED);
            assertThat(change.fields()).containsExactly(
                    new PlanDiff.FieldChange("title", "Diffuser le cadre", "Diffuser le cadre de référence"),
                    new PlanDiff.FieldChange("schedule", "Automne 2018", "Hiver 2019"));
        });
    }

    @Test
    void changesSinceAdoptionListExactlyWhatTheNewVersionChanged() {
        long adopted = drafting(d -> d.create(CAMILLE, "Rédaction", "annual-action-plan", new NewPlan("Plan 2019-2020", "2019-2020",
                LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31))));
        long axisOne = drafting(d -> d.addElement(CAMILLE, "Rédaction", adopted, null, "axe", "Axe 1", null));
        long axisTwo = drafting(d -> d.addElement(CAMILLE, "Rédaction", adopted, null, "axe", "Axe 2", null));
        drafting(d -> d.addElement(CAMILLE, "Rédaction", adopted, axisOne, "orientation", "Action gardée telle quelle", "Printemps 2019"));
        drafting(d -> d.addElement(CAMILLE, "Rédaction", adopted, axisOne, "orientation", "Action dont l'échéance change", "Été 2019"));
        drafting(d -> d.addElement(CAMILLE, "Rédaction", adopted, axisOne, "orientation", "Action retirée", "Automne 2019"));
        drafting(d -> d.addElement(CAMILLE, "Rédaction", adopted, axisOne, "orientation", "Action déplacée", "Hiver 2020"));
        service(em -> Services.over(em).adoption().adopt(CAMILLE, "", adopted, LocalDate.of(2019, 5, 30), "Comité régional"));
        long draft = service(em -> Services.over(em).versions().startNewVersion(CAMILLE, "Nouvelle version", adopted));
        List<PlanElement> copies = persistence.inTransaction(MONTEREGIE, "test", "", em -> em.find(Plan.class, draft).inTreeOrder());
        long copyOfAxisTwo = copies.get(5).id();
        edit(copies.get(2).id(), copies.get(2).version(), "Action dont l'échéance change", "Automne 2019");
        drafting(d -> {
            d.remove(CAMILLE, "Rédaction", copies.get(3).id());
            d.moveUnder(CAMILLE, "Rédaction", copies.get(4).id(), copyOfAxisTwo);
            return d.addElement(CAMILLE, "Rédaction", draft, copyOfAxisTwo, "orientation", "Action nouvelle", null);
        });

        HistoryService.SinceAdoption since = history(history -> history.sinceAdoption(AUDITOR, draft, Locale.CANADA_FRENCH)).orElseThrow();

        List<RevisionLine> timeline = history(history -> history.revisions(AUDITOR, draft));
        assertThat(timeline).filteredOn(line -> line.kind() == RevisionKind.ADOPTION).singleElement()
                .satisfies(adoption -> assertThat(adoption.planId()).isEqualTo(adopted));
        assertThat(timeline.get(timeline.size() - 1).edition()).isEqualTo(2);
        assertThat(since.adoption().planId()).isEqualTo(adopted);
        assertThat(since.adoptedOn()).isEqualTo(LocalDate.of(2019, 5, 30));
        assertThat(since.diff().planChanges()).extracting(PlanDiff.FieldChange::field).containsExactly("status", "adoptedOn", "adoptingBody");
        assertThat(since.diff().elementChanges()).extracting(PlanDiff.ElementChange::kind, PlanDiff.ElementChange::title)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(PlanDiff.Kind.CHANGED, "Action dont l'échéance change"),
                        org.assertj.core.groups.Tuple.tuple(PlanDiff.Kind.MOVED, "Action déplacée"),
                        org.assertj.core.groups.Tuple.tuple(PlanDiff.Kind.ADDED, "Action nouvelle"),
                        org.assertj.core.groups.Tuple.tuple(PlanDiff.Kind.REMOVED, "Action retirée"));
        PlanDiff.ElementChange rescheduled = since.diff().elementChanges().stream()
                .filter(change -> change.kind() == PlanDiff.Kind.CHANGED).findFirst().orElseThrow();
        assertThat(rescheduled.fields()).containsExactly(new PlanDiff.FieldChange("schedule", "Été 2019", "Automne 2019"));
        PlanDiff.ElementChange moved = since.diff().elementChanges().stream()
                .filter(change -> change.kind() == PlanDiff.Kind.MOVED).findFirst().orElseThrow();
        assertThat(moved.fromParent()).isEqualTo("Axe 1");
        assertThat(moved.toParent()).isEqualTo("Axe 2");
        assertThat(moved.fields()).isEmpty();
    }

    @Test
    void theListsOfAnElementReadAsTheyWereAtEachRevision() {
        long plan = drafting(d -> d.create(CAMILLE, "Rédaction", "annual-action-plan", new NewPlan("Plan des listes", "2020-2021",
                LocalDate.of(2020, 4, 1), LocalDate.of(2021, 3, 31))));
        long axis = drafting(d -> d.addElement(CAMILLE, "Rédaction", plan, null, "axe", "Axe", null));
        long action = drafting(d -> d.addElement(CAMILLE, "Rédaction", plan, axis, "orientation", "Action", null));
        service(em -> Services.over(em).editing().save(CAMILLE, "Listes", new ElementChanges(action, 0, "Action", null, null, null, null,
                List.of("CISSS", "Avenir d'enfants"), List.of("early-literacy", "perinatality"), null, List.of("Nombre de familles"),
                List.of("Parents", "Tout-petits"))));
        service(em -> Services.over(em).editing().save(CAMILLE, "Listes revues", new ElementChanges(action, 1, "Action", null, null, null,
                null, List.of("Avenir d'enfants", "Ville de Longueuil"), List.of("perinatality"), null, List.of(),
                List.of("Tout-petits", "Parents", "Grands-parents"))));
        List<RevisionLine> revisions = service(em -> Services.over(em).history().revisions(plan));
        long added = revisions.get(revisions.size() - 3).number();
        long first = revisions.get(revisions.size() - 2).number();
        long second = revisions.get(revisions.size() - 1).number();

        Function<Long, PlanOutline.Element> actionAt = revision -> service(em -> Services.over(em).history().at(plan, revision)
                .orElseThrow().outline().elements().stream().filter(e -> e.id() == action).findFirst().orElseThrow());
        assertThat(actionAt.apply(added).collaborators()).isEmpty();
        assertThat(actionAt.apply(first)).satisfies(at -> {
            assertThat(at.collaborators()).containsExactly("CISSS", "Avenir d'enfants");
            assertThat(at.fieldsOfAction()).containsExactlyInAnyOrder("early-literacy", "perinatality");
            assertThat(at.resultIndicators()).containsExactly("Nombre de familles");
            assertThat(at.targetGroups()).containsExactly("Parents", "Tout-petits");
        });
        PlanOutline.Element now = service(em -> Services.over(em).history().now(plan).orElseThrow().outline().elements().stream()
                .filter(e -> e.id() == action).findFirst().orElseThrow());
        assertThat(actionAt.apply(second)).satisfies(at -> {
            assertThat(at.collaborators()).containsExactly("Avenir d'enfants", "Ville de Longueuil").isEqualTo(now.collaborators());
            assertThat(at.fieldsOfAction()).containsExactly("perinatality").isEqualTo(now.fieldsOfAction());
            assertThat(at.resultIndicators()).isEmpty();
            assertThat(at.targetGroups()).containsExactly("Tout-petits", "Parents", "Grands-parents").isEqualTo(now.targetGroups());
        });
    }

    @Test
    void everyReadOfHistoryIsLoggedAndPartnersReadNone() {
        long plan = drafting(d -> d.create(CAMILLE, "Rédaction", "work-plan", new NewPlan("Plan de travail", "2021-2022", null, null)));

        history(history -> history.revisions(AUDITOR, plan));
        history(history -> history.sinceAdoption(AUDITOR, plan, Locale.CANADA_FRENCH));

        List<HistoryRead> reads = history(history -> history.reads(AUDITOR, plan));
        assertThat(reads).extracting(HistoryRead::what).containsExactly("SINCE_ADOPTION", "TIMELINE");
        assertThat(reads).extracting(HistoryRead::username).containsOnly("verification");
        Actor partner = new Actor("partenaire", "monteregie", Set.of(Role.PARTNER));
        assertThatThrownBy(() -> history(history -> history.revisions(partner, plan))).isInstanceOf(NotAllowed.class);
        List<HistoryRead> after = history(history -> history.reads(AUDITOR, plan));
        assertThat(after).hasSize(2);
    }

    @Test
    void theHistoryPageOpensWithThePlanItsTimelineAndItsReadLogInOneCall() {
        long plan = drafting(d -> d.create(CAMILLE, "Rédaction", "work-plan", new NewPlan("Plan suivi", "2022-2023", null, null)));

        HistoryService.Timeline timeline = history(history -> history.timeline(AUDITOR, plan)).orElseThrow();

        assertThat(timeline.outline().title()).isEqualTo("Plan suivi");
        assertThat(timeline.revisions()).extracting(RevisionLine::kind).containsExactly(RevisionKind.EDIT);
        assertThat(timeline.reads()).extracting(HistoryRead::what).containsExactly("TIMELINE");
        Optional<HistoryService.Timeline> none = history(history -> history.timeline(AUDITOR, 987_654L));
        assertThat(none).isEmpty();
    }

    private static void edit(long element, int fromVersion, String title, String schedule) {
        service(em -> Services.over(em).editing().save(CAMILLE, "Révision",
                new ElementChanges(element, fromVersion, title, null, schedule, null, null)));
    }

    private static <T> T drafting(Function<PlanDrafting, T> work) {
        return service(em -> work.apply(Services.over(em).drafting()));
    }

    private static <T> T history(Function<HistoryService, T> work) {
        return service(em -> {
            HistoryService service = new HistoryService();
            service.log = Services.over(em).historyReads();
            service.history = Services.over(em).history();
            service.plans = Services.over(em).plans();
            service.templates = Services.over(em).templates();
            return work.apply(service);
        });
    }

    private static <T> T service(Function<jakarta.persistence.EntityManager, T> work) {
        return persistence.inServiceTransaction(MONTEREGIE, work);
    }
}
