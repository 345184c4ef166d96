package ca.concerto.domain.application.plans;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.application.history.RevisionLine;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.plan.MilestoneKind;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.plan.PlanSection;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.domain.model.shared.ChangedMeanwhile;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A plan's sections are written on drafts and audited; its milestones other than adoption freeze nothing. */
class PlanTextTest {

    private static final Tenant CAPITALE = tenant("capitale-nationale");
    private static final Actor MATHIEU = new Actor("mathieu.gagnon", "capitale-nationale", Set.of(Role.COORDINATOR));
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(CAPITALE);

    @Test
    void sectionsAreWrittenInTheDocumentsOrderAndAStaleVersionChangesNothing() {
        long plan = newPlan();
        long[] ids = persistence.inServiceTransaction(CAPITALE, em -> {
            PlanText text = Services.over(em).text();
            long mission = text.addSection(MATHIEU, "", plan, SectionKind.MISSION, null, "Mobiliser les partenaires.", null);
            long vision = text.addSection(MATHIEU, "", plan, SectionKind.VISION, null, "Des enfants en santé.", 0);
            long credits = text.addSection(MATHIEU, "", plan, SectionKind.CREDITS, "Remerciements", "Merci à Avenir d'enfants.", null);
            return new long[] {vision, mission, credits};
        });
        // Moved down when the vision was put before it: a version of its own.
        int read = persistence.inTransaction(CAPITALE, "test", "", em -> em.find(PlanSection.class, ids[1]).version());
        assertThat(read).isEqualTo(1);
        int version = persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).text()
                .rewriteSection(MATHIEU, "Précision", plan, ids[1], read, SectionKind.MISSION, "Notre mission",
                        "Mobiliser les partenaires de la région.", 2));

        assertThatThrownBy(() -> persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).text()
                .rewriteSection(MATHIEU, "", plan, ids[1], read, SectionKind.MISSION, null, "Écrasé ?", null)))
                .isInstanceOf(ChangedMeanwhile.class);
        assertThatThrownBy(() -> persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).text()
                .addSection(MATHIEU, "", plan, SectionKind.OTHER, null, "  ", null))).isInstanceOf(InvalidInput.class);

        persistence.run(CAPITALE, "test", "", em -> {
            Plan saved = em.find(Plan.class, plan);
            assertThat(saved.sections()).extracting(PlanSection::id).containsExactly(ids[0], ids[2], ids[1]);
            PlanSection mission = saved.sections().get(2);
            assertThat(mission.title()).contains("Notre mission");
            assertThat(mission.body()).isEqualTo("Mobiliser les partenaires de la région.");
            assertThat(mission.version()).isEqualTo(version);
        });
        List<RevisionLine> revisions = persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).history().revisions(plan));
        assertThat(revisions).extracting(RevisionLine::comment).contains("Précision");
    }

    @Test
    void aFiledPlanStaysAnEditableDraftAndAnAdoptedPlanTakesMilestonesButNoNewText() {
        long plan = newPlan();
        persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).text().recordMilestone(MATHIEU, "Dépôt", plan,
                MilestoneKind.FILED, LocalDate.of(2026, 6, 30), "Ministère de la Famille", "Version de travail"));
        persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).text()
                .addSection(MATHIEU, "", plan, SectionKind.HISTORY, null, "Fondée en 2015.", null));

        persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).adoption()
                .adopt(MATHIEU, "", plan, LocalDate.of(2026, 9, 22), "Grandissons tous ensemble"));
        persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).text().recordMilestone(MATHIEU, "", plan,
                MilestoneKind.APPROVED, LocalDate.of(2026, 10, 15), "Ministère de la Famille", null));
        assertThatThrownBy(() -> persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).text()
                .addSection(MATHIEU, "", plan, SectionKind.OTHER, null, "Trop tard", null))).isInstanceOf(PlanNotEditable.class);
        assertThatThrownBy(() -> persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).text().recordMilestone(MATHIEU,
                "", plan, MilestoneKind.FILED, LocalDate.of(2026, 6, 30), " ", null))).isInstanceOf(InvalidInput.class);

        persistence.run(CAPITALE, "test", "", em -> {
            Plan saved = em.find(Plan.class, plan);
            assertThat(saved.status()).isEqualTo(PlanStatus.ADOPTED);
            assertThat(saved.milestones()).extracting(milestone -> milestone.kind())
                    .containsExactly(MilestoneKind.FILED, MilestoneKind.APPROVED);
            assertThat(saved.sections()).hasSize(1);
        });
        List<RevisionLine> revisions = persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).history().revisions(plan));
        assertThat(revisions).extracting(RevisionLine::kind).containsSubsequence(RevisionKind.MILESTONE, RevisionKind.EDIT,
                        RevisionKind.ADOPTION, RevisionKind.MILESTONE);
        long draft = persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).versions().startNewVersion(MATHIEU, "", plan));
        persistence.run(CAPITALE, "test", "", em -> {
            Plan next = em.find(Plan.class, draft);
            assertThat(next.sections()).extracting(PlanSection::body).containsExactly("Fondée en 2015.");
            assertThat(next.milestones()).isEmpty();
        });
    }

    private static long newPlan() {
        return persistence.inServiceTransaction(CAPITALE, em -> Services.over(em).drafting()
                .create(MATHIEU, "", "work-plan", new NewPlan("Plan de travail 2026-2027", "2026-2027", null, null, false)));
    }
}
