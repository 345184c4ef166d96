package ca.concerto.domain.model.access;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The person acting, as the login vouched for them: what the application services check rights against
 * and what revisions record as the author (their username, and their name as people read it). {@code tenant} is the body they act in, null for those who
 * work beyond bodies (network analysts, platform administrators).
 */
public record Actor(String username, String tenant, Set<Role> roles, String displayName) implements Serializable {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
    }

    /** A person known by their username alone. */
    public Actor(String username, String tenant, Set<Role> roles) {
        this(username, tenant, roles, null);
    }

    /** The body the person acts in, if any. */
    public Optional<String> body() {
        return Optional.ofNullable(tenant);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
