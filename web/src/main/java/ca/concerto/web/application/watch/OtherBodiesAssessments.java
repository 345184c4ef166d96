package ca.concerto.web.application.watch;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.tenancy.domain.NetworkAssessment;
import ca.concerto.tenancy.domain.NetworkReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The assessments of a watch item that a person may see beside their own body's: every body's for the
 * network's analysts; for a body's members, only those the other bodies share. Read through tenancy's
 * network path, never by taking on another body's tenant.
 */
@RequestScoped
public class OtherBodiesAssessments {

    @Inject
    NetworkReader reader;

    /** Every body's assessment for the network; the others' shared ones for a body's coordination; else none. */
    public List<NetworkAssessment> of(long itemId, Actor actor) {
        if (!Rights.mayReadOthersAssessments(actor)) {
            return List.of();
        }
        return Rights.mayCompareNetwork(actor) ? reader.assessments(itemId, false, null)
                : reader.assessments(itemId, true, actor.tenant());
    }
}
