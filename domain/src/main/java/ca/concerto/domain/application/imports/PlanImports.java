package ca.concerto.domain.application.imports;

import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.document.DocumentMapping;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The coordination brings a plan in from its Word document: a preview first, as often as the mapping changes,
 * then the plan, one revision. Coordinators only; one transaction each.
 */
@RequestScoped
public class PlanImports {

    @Inject
    DocumentImporting importing;

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
}
