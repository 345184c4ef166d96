package ca.concerto.domain.testing;

import ca.concerto.domain.application.followup.FollowUpService;
import ca.concerto.domain.application.followup.ProgressReporting;
import ca.concerto.domain.application.history.PlanHistory;
import ca.concerto.domain.application.plans.NamedPartners;
import ca.concerto.domain.application.plans.PlanAdoption;
import ca.concerto.domain.application.plans.PlanDrafting;
import ca.concerto.domain.application.plans.PlanEditing;
import ca.concerto.domain.application.plans.PlanText;
import ca.concerto.domain.application.plans.PlanVersions;
import ca.concerto.domain.infrastructure.persistence.EnversPlanHistory;
import ca.concerto.domain.infrastructure.persistence.EnversRevisions;
import ca.concerto.domain.infrastructure.persistence.JpaFollowUpRecords;
import ca.concerto.domain.infrastructure.persistence.JpaHistoryReads;
import ca.concerto.domain.infrastructure.persistence.JpaOrganisations;
import ca.concerto.domain.infrastructure.persistence.JpaPartnerAccounts;
import ca.concerto.domain.infrastructure.persistence.JpaPlanTemplates;
import ca.concerto.domain.infrastructure.persistence.JpaPlans;
import ca.concerto.domain.infrastructure.persistence.JpaPolicyWatchBoard;
import ca.concerto.domain.infrastructure.persistence.JpaRepository;
import ca.concerto.domain.model.audit.HistoryReads;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.followup.FollowUpRecords;
import ca.concerto.domain.model.partner.Organisations;
import ca.concerto.domain.model.partner.PartnerAccounts;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.template.PlanTemplates;
import ca.concerto.domain.model.watch.PolicyWatchBoard;
import jakarta.persistence.EntityManager;

/** The application's services over one entity manager, wired as CDI wires them in the container. */
public record Services(Plans plans, PlanTemplates templates, Organisations organisations, PartnerAccounts accounts,
        FollowUpRecords followUp, Revisions revisions, EntityManager entityManager) {

    public static Services over(EntityManager entityManager) {
        return new Services(JpaRepository.over(entityManager, JpaPlans::new),
                JpaRepository.over(entityManager, JpaPlanTemplates::new),
                JpaRepository.over(entityManager, JpaOrganisations::new),
                JpaRepository.over(entityManager, JpaPartnerAccounts::new),
                JpaRepository.over(entityManager, JpaFollowUpRecords::new),
                JpaRepository.over(entityManager, EnversRevisions::new), entityManager);
    }

    public PlanDrafting drafting() {
        return new PlanDrafting(plans, templates, followUp, revisions);
    }

    public PlanEditing editing() {
        return new PlanEditing(plans, partners(), templates, revisions);
    }

    public NamedPartners partners() {
        return new NamedPartners(organisations);
    }

    public PlanAdoption adoption() {
        return new PlanAdoption(plans, revisions);
    }

    public PlanText text() {
        return new PlanText(plans, revisions);
    }

    public PlanVersions versions() {
        return new PlanVersions(plans, revisions);
    }

    public ProgressReporting reporting() {
        return new ProgressReporting(plans, followUp, accounts, revisions);
    }

    public FollowUpService followUpService() {
        return new FollowUpService(reporting(), plans, templates);
    }

    public PlanHistory history() {
        return JpaRepository.over(entityManager, EnversPlanHistory::new);
    }

    public HistoryReads historyReads() {
        return JpaRepository.over(entityManager, JpaHistoryReads::new);
    }

    public PolicyWatchBoard watchBoard() {
        return JpaRepository.over(entityManager, JpaPolicyWatchBoard::new);
    }
}
