package ca.concerto.domain.model.partner;

/** The logins people sign in with: kept by the identity provider, not by the body. */
public interface Logins {

    /** True when someone signs in with that username and belongs to the body. */
    boolean ofBody(String body, String username);
}
