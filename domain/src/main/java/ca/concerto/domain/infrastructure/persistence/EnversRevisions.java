package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.audit.Revision;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.envers.AuditReaderFactory;

/** Writes the transaction's Envers revision at once, stamped while the details are open (RevisionStamper reads them). */
@ApplicationScoped
public class EnversRevisions extends JpaRepository implements Revisions {

    @Override
    public void record(Actor actor, RevisionKind kind, String comment) {
        try (RevisionDetails.Scope scope = new RevisionDetails(actor.username(), actor.tenant(), kind, comment,
                actor.displayName()).open()) {
            AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true);
        }
    }
}
