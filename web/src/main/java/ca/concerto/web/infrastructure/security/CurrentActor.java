package ca.concerto.web.infrastructure.security;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.tenancy.application.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The person of the current request, acting in the body their login resolved to, or in none (network
 * analysts, platform administrators): what the application services check rights against.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    AuthenticatedMember member;

    @Inject
    CurrentTenant currentTenant;

    private Actor actor;

    /** The actor, worked out once per request (screens ask for it at every rendered button). */
    public Actor get() {
        if (actor == null) {
            String tenant = currentTenant.tenant().map(found -> found.slug().value()).orElse(null);
            actor = new Actor(member.username(), tenant, Set.copyOf(member.roles()), member.displayName());
        }
        return actor;
    }
}
