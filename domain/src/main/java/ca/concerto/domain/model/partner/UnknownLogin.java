package ca.concerto.domain.model.partner;

import ca.concerto.domain.model.shared.InvalidInput;

/** A partner account for a username nobody of the body signs in with: it would speak for no one. */
public class UnknownLogin extends InvalidInput {

    private static final long serialVersionUID = 1L;

    public UnknownLogin(String username) {
        super("username", "No login " + username + " in this body");
    }
}
