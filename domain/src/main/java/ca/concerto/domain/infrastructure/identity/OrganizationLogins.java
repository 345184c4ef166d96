package ca.concerto.domain.infrastructure.identity;

import ca.concerto.domain.model.partner.Logins;
import ca.concerto.tenancy.application.OrganizationDirectory;
import ca.concerto.tenancy.domain.TenantSlug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A body's logins are the members of its organization in Keycloak. */
@ApplicationScoped
public class OrganizationLogins implements Logins {

    @Inject
    OrganizationDirectory directory;

    @Override
    public boolean ofBody(String body, String username) {
        return directory.isMember(new TenantSlug(body), username);
    }
}
