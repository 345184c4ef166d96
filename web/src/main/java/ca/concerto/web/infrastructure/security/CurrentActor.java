package ca.concerto.web.infrastructure.security;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.tenancy.application.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** The person of the current request, acting in the tenant their login resolved to. */
@RequestScoped
public class CurrentActor {

    @Inject
    AuthenticatedMember member;

    @Inject
    CurrentTenant currentTenant;

    /** @throws IllegalStateException when the request has no tenant (the admission filter keeps such requests out) */
    public Actor get() {
        String tenant = currentTenant.tenant().orElseThrow(() -> new IllegalStateException("No tenant for this request"))
                .slug().value();
        return new Actor(member.username(), tenant, Set.copyOf(member.roles()));
    }
}
