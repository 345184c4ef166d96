package ca.concerto.tenancy.infrastructure;

import ca.concerto.tenancy.application.OrganizationMemberships;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The Keycloak organizations of the authenticated person, read from the access token that WildFly
 * verified. Keycloak writes them as {@code "organization": ["<alias>", ...]} when the client has the
 * {@code organization} scope.
 */
@RequestScoped
public class TokenOrganizations implements OrganizationMemberships {

    static final String CLAIM = "organization";

    @Inject
    HttpServletRequest request;

    @Override
    public List<String> aliases() {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                && principal.getOidcSecurityContext().getToken() != null
                && principal.getOidcSecurityContext().getToken().hasClaim(CLAIM)) {
            return principal.getOidcSecurityContext().getToken().getStringListClaimValue(CLAIM);
        }
        return List.of();
    }
}
