package ca.concerto.domain.application.imports;

import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.document.DocumentMapping;
import ca.concerto.domain.model.workbook.WorkbookChanges;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * The coordination brings a plan in from its Word document or its own workbook: a preview first, as often as the
 * mapping changes, then the plan, one revision; or brings its activities workbook, edited in Excel, back onto its
 * plan: what would change first, then the changes, one revision. Coordinators only; one transaction each.
 */
@RequestScoped
public class PlanImports {

    @Inject
    DocumentImporting importing;

    @Inject
    WorkbookImporting workbooks;

    @Transactional
    public ImportProposal receive(Actor actor, String fileName, byte[] content, String templateCode) {
        Rights.ensureMayEditPlans(actor);
        return importing.receive(actor, fileName, content, templateCode);
    }

    @Transactional
    public ImportProposal preview(Actor actor, long importId, String templateCode, DocumentMapping mapping) {
        Rights.ensureMayEditPlans(actor);
        return importing.preview(importId, templateCode, mapping);
    }

    /** @return the new plan's number */
    @Transactional
    public long commit(Actor actor, long importId, String templateCode, DocumentMapping mapping, NewPlan plan, boolean adopt) {
        Rights.ensureMayEditPlans(actor);
        return importing.commit(actor, importId, templateCode, mapping, plan, adopt);
    }

    /** What the activities workbook, edited, would change in its plan of the body ({@code body}: the person's). */
    @Transactional
    public WorkbookChanges previewWorkbook(Actor actor, long planId, String body, String fileName, byte[] content) {
        Rights.ensureMayEditPlans(actor);
        return workbooks.preview(planId, body, fileName, content);
    }

    /** Applies the workbook's changes as one revision; conflicts decided by {@code take} and {@code keep}. */
    @Transactional
    public WorkbookChanges applyWorkbook(Actor actor, long planId, String body, String fileName, byte[] content,
            Set<Long> take, Set<Long> keep) {
        Rights.ensureMayEditPlans(actor);
        return workbooks.apply(actor, planId, body, fileName, content, take, keep);
    }
}
