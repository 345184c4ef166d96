package ca.concerto.domain.application.partners;

import ca.concerto.domain.model.shared.Conflict;

/** The body already has an organisation of that name or acronym; nothing was created. */
public class OrganisationAlreadyKnown extends Conflict {

    private static final long serialVersionUID = 1L;

    public OrganisationAlreadyKnown(String name) {
        super(Reason.ALREADY_EXISTS, "The body already has an organisation named " + name);
    }
}
