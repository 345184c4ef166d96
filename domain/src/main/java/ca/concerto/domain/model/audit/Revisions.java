package ca.concerto.domain.model.audit;

import ca.concerto.domain.model.access.Actor;

/** The revision the current unit of work writes: every change saved together, with who, in which body, and why. */
public interface Revisions {

    /**
     * Makes the current transaction's revision carry the actor, the kind and the person's comment, even when
     * the commit comes later than the caller's code. The first call in a transaction decides: one
     * transaction, one revision.
     */
    void record(Actor actor, RevisionKind kind, String comment);
}
