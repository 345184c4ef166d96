package ca.concerto.domain.model.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each new revision with the details of the unit of work; a change without them is refused. */
public class RevisionStamper implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        RevisionDetails details = RevisionDetails.current().orElseThrow(() -> new IllegalStateException(
                "A change to a plan must say who makes it and why: open RevisionDetails first"));
        ((Revision) revisionEntity).stamp(details);
    }
}
