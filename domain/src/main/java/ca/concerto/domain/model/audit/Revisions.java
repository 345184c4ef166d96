package ca.concerto.domain.model.audit;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;

/** The revision of the current transaction. */
public final class Revisions {

    private Revisions() {
    }

    /**
     * Makes the current transaction's revision carry these details, from now until it commits, even when
     * the commit comes later than the caller's code (a container-managed transaction). The first call in a
     * transaction decides: one transaction, one revision.
     */
    public static void describe(EntityManager entityManager, RevisionDetails details) {
        try (RevisionDetails.Scope scope = details.open()) {
            AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true);
        }
    }
}
