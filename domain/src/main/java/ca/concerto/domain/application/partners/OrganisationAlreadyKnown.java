package ca.concerto.domain.application.partners;

/** The body already has an organisation of that name or acronym; nothing was created. */
public class OrganisationAlreadyKnown extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public OrganisationAlreadyKnown(String name) {
        super("The body already has an organisation named " + name);
    }
}
