package ca.concerto.domain.model.access;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * The person acting in a tenant, as the login vouched for them: what the application services check
 * rights against and what revisions record as the author.
 */
public record Actor(String username, String tenant, Set<Role> roles) implements Serializable {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(tenant, "tenant");
        roles = Set.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
