package ca.concerto.domain.application.followup;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.NotAllowed;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.audit.Revision;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.followup.ProgressReport;
import ca.concerto.domain.model.followup.ProgressStatus;
import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.partner.PartnerAccount;
import ca.concerto.domain.model.plan.Lead;
import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.model.plan.Period;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.testing.Kinds;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Follow-up rights and records: a partner reports on what their organisation leads (directly or through
 * a parent's lead) and on nothing else; auditors and analysts report on nothing; every report is a
 * FOLLOW_UP revision; two reports from the same version conflict.
 */
class ProgressReportingTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    private static final LocalDate TODAY = LocalDate.of(2019, 5, 2);
    private static final Actor COORDINATION = new Actor("camille", "monteregie", Set.of(Role.COORDINATOR));
    private static final Actor DSP_PARTNER = new Actor("partenaire.dsp", "monteregie", Set.of(Role.PARTNER));
    private static final Actor AUDITOR = new Actor("verification", "monteregie", Set.of(Role.AUDITOR));
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE);

    private long ledByDsp;
    private long activityUnderDspAction;
    private long ledByOthers;
    private long planId;

    @BeforeEach
    void plan() {
        persistence.run(MONTEREGIE, "camille", "Plan de test", entityManager -> {
            Organisation dsp = new Organisation("Direction de santé publique", "DSP", "Santé");
            Organisation ae = new Organisation("Avenir d'enfants", "AE", "Philanthropie");
            entityManager.persist(dsp);
            entityManager.persist(ae);
            if (entityManager.find(PartnerAccount.class, DSP_PARTNER.username()) == null) {
                entityManager.persist(new PartnerAccount(DSP_PARTNER.username(), dsp));
            } else {
                entityManager.find(PartnerAccount.class, DSP_PARTNER.username()).speaksFor(dsp);
            }
            Plan plan = new Plan("Plan d'action 2018-2019", Kinds.ANNUAL_ACTION_PLAN, "annual-action-plan",
                    new Period(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), "2018-2019"));
            PlanElement axis = plan.addElement(LevelRule.AS_DOCUMENTED, null, "axe", "AXE 1", "Soutenir le développement global de l'enfant");
            PlanElement action = plan.addElement(LevelRule.AS_DOCUMENTED, axis, "action", "1", "Diffuser le cadre de référence");
            action.lead(Lead.asWritten("DSP", dsp));
            PlanElement activity = plan.addElement(LevelRule.AS_DOCUMENTED, action, "activite", null, "Rencontre régionale");
            PlanElement other = plan.addElement(LevelRule.AS_DOCUMENTED, axis, "action", "2", "Soutenir les initiatives locales");
            other.lead(Lead.asWritten("AE", ae));
            entityManager.persist(plan);
            entityManager.flush();
            planId = plan.id();
            ledByDsp = action.id();
            activityUnderDspAction = activity.id();
            ledByOthers = other.id();
        });
    }

    @Test
    void aPartnerReportsOnWhatTheirOrganisationLeadsAndTheReportIsAFollowUpRevision() {
        PlanFollowUp.Report report = service(reporting -> reporting.report(DSP_PARTNER,
                new ProgressEntry(ledByDsp, "2019-Q2", ProgressStatus.IN_PROGRESS, 40, "Cadre diffusé à 3 territoires", null), TODAY));

        assertThat(report.recordedBy()).isEqualTo("partenaire.dsp");
        assertThat(report.progress()).hasValue(40);
        service(reporting -> reporting.report(DSP_PARTNER,
                new ProgressEntry(activityUnderDspAction, "2019-Q2", ProgressStatus.DONE, null, null, null), TODAY));
        persistence.run(MONTEREGIE, "test", "", entityManager -> {
            AuditReader audit = AuditReaderFactory.get(entityManager);
            ProgressReport saved = entityManager.createQuery("select r from ProgressReport r where r.element.id = :id", ProgressReport.class)
                    .setParameter("id", ledByDsp).getSingleResult();
            List<Number> revisions = audit.getRevisions(ProgressReport.class, saved.id());
            Revision revision = audit.findRevision(Revision.class, revisions.get(0));
            assertThat(revision.kind()).isEqualTo(RevisionKind.FOLLOW_UP);
            assertThat(revision.author()).isEqualTo("partenaire.dsp");
        });
    }

    @Test
    void aPartnerIsRefusedOnAnElementAnotherOrganisationLeadsAndNothingIsRecorded() {
        assertThatThrownBy(() -> service(reporting -> reporting.report(DSP_PARTNER,
                new ProgressEntry(ledByOthers, "2019-Q2", ProgressStatus.DONE, null, "Pas le mien", null), TODAY)))
                .isInstanceOfSatisfying(NotAllowed.class, refused -> assertThat(refused.reason()).isEqualTo(NotAllowed.Reason.NOT_LEAD));
        assertThatThrownBy(() -> service(reporting -> reporting.measure(DSP_PARTNER,
                new MeasurementEntry(ledByOthers, "Nombre de participants", BigDecimal.TEN, TODAY, null))))
                .isInstanceOf(NotAllowed.class);

        assertThat(service(reporting -> reporting.of(planId)).reportsOf(ledByOthers)).isEmpty();
        assertThat(service(reporting -> reporting.of(planId)).measurementsOf(ledByOthers)).isEmpty();
    }

    @Test
    void auditorsAndPartnersWithoutAnOrganisationReportOnNothing() {
        Actor unassigned = new Actor("partenaire.inconnu", "monteregie", Set.of(Role.PARTNER));
        assertThatThrownBy(() -> service(reporting -> reporting.report(AUDITOR,
                new ProgressEntry(ledByDsp, "2019-Q2", ProgressStatus.DONE, null, null, null), TODAY)))
                .isInstanceOfSatisfying(NotAllowed.class, refused -> assertThat(refused.reason()).isEqualTo(NotAllowed.Reason.READ_ONLY_ROLE));
        assertThatThrownBy(() -> service(reporting -> reporting.report(unassigned,
                new ProgressEntry(ledByDsp, "2019-Q2", ProgressStatus.DONE, null, null, null), TODAY)))
                .isInstanceOf(NotAllowed.class);
        Set<Long> coordination = followable(COORDINATION, planId);
        Set<Long> partner = followable(DSP_PARTNER, planId);
        Set<Long> auditor = followable(AUDITOR, planId);
        assertThat(coordination).contains(ledByOthers, ledByDsp);
        assertThat(partner).containsExactlyInAnyOrder(ledByDsp, activityUnderDspAction);
        assertThat(auditor).isEmpty();
    }

    @Test
    void twoReportsFromTheSameVersionConflictAndTheFirstIsKept() {
        service(reporting -> reporting.report(COORDINATION,
                new ProgressEntry(ledByDsp, "2019-Q1", ProgressStatus.IN_PROGRESS, null, "Premier", null), TODAY));

        assertThatThrownBy(() -> service(reporting -> reporting.report(DSP_PARTNER,
                new ProgressEntry(ledByDsp, "2019-Q1", ProgressStatus.DONE, null, "Second", null), TODAY)))
                .isInstanceOfSatisfying(ReportChangedMeanwhile.class, conflict -> assertThat(conflict.current().note()).isEqualTo("Premier"));
        PlanFollowUp.Report revised = service(reporting -> reporting.report(DSP_PARTNER,
                new ProgressEntry(ledByDsp, "2019-Q1", ProgressStatus.DONE, null, "Second", 0), TODAY));
        assertThat(revised.version()).isEqualTo(1);
        assertThat(service(reporting -> reporting.of(planId)).latest(ledByDsp).orElseThrow().note()).isEqualTo("Second");
    }

    @Test
    void aMalformedPeriodOrPercentageIsRefusedAndAnArchivedPlanIsNoLongerFollowedUp() {
        assertThatThrownBy(() -> service(reporting -> reporting.report(COORDINATION,
                new ProgressEntry(ledByDsp, "printemps", ProgressStatus.DONE, null, null, null), TODAY)))
                .isInstanceOf(InvalidInput.class).extracting(refused -> ((InvalidInput) refused).field()).isEqualTo(Optional.of("period"));
        assertThatThrownBy(() -> service(reporting -> reporting.report(COORDINATION,
                new ProgressEntry(ledByDsp, "2019-Q2", ProgressStatus.IN_PROGRESS, 140, null, null), TODAY)))
                .isInstanceOf(InvalidInput.class).extracting(refused -> ((InvalidInput) refused).field())
                .isEqualTo(Optional.of("percentComplete"));
        for (String unmeasurable : List.of("1e200000", "1e15", "0.0000001")) {
            assertThatThrownBy(() -> service(reporting -> reporting.measure(COORDINATION,
                    new MeasurementEntry(ledByDsp, "Nombre de participants", new BigDecimal(unmeasurable), TODAY, null))))
                    .as(unmeasurable).isInstanceOf(InvalidInput.class)
                    .extracting(refused -> ((InvalidInput) refused).field()).isEqualTo(Optional.of("value"));
        }
        assertThat(service(reporting -> reporting.of(planId)).measurementsOf(ledByDsp)).isEmpty();
        persistence.run(MONTEREGIE, "camille", "Archivage", entityManager -> entityManager.find(Plan.class, planId).archive());

        assertThatThrownBy(() -> service(reporting -> reporting.report(COORDINATION,
                new ProgressEntry(ledByDsp, "2019-Q2", ProgressStatus.DONE, null, null, null), TODAY)))
                .isInstanceOf(PlanNotEditable.class);
        assertThat(service(reporting -> reporting.of(planId)).reportsOf(ledByDsp)).isEmpty();
    }

    private Set<Long> followable(Actor actor, long planId) {
        return persistence.inServiceTransaction(MONTEREGIE, entityManager -> Services.over(entityManager).reporting()
                .followable(actor, Services.over(entityManager).plans().withTree(planId).orElseThrow()));
    }

    private <T> T service(java.util.function.Function<ProgressReporting, T> work) {
        return persistence.inServiceTransaction(MONTEREGIE, entityManager -> work.apply(Services.over(entityManager).reporting()));
    }
}
