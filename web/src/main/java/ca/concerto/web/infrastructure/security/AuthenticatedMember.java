package ca.concerto.web.infrastructure.security;

import ca.concerto.domain.model.access.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** The person behind the current request, as Keycloak vouched for them. */
@RequestScoped
public class AuthenticatedMember {

    @Inject
    HttpServletRequest request;

    public String username() {
        return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
    }

    /**
     * The person's full name from the ID token (a browser's login), else from the access token (a script's bearer
     * token carries it too), else their username.
     */
    public String displayName() {
        return idToken().map(IDToken::getName).filter(name -> name != null && !name.isBlank())
                .or(() -> accessToken().map(token -> token.getClaimValueAsString("name")).filter(name -> name != null && !name.isBlank()))
                .orElseGet(this::username);
    }

    /** The language the person's account keeps ({@code locale} claim), if any. */
    public Optional<java.util.Locale> locale() {
        return idToken().map(IDToken::getLocale).filter(tag -> tag != null && !tag.isBlank()).map(java.util.Locale::forLanguageTag);
    }

    public List<Role> roles() {
        return Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.roleName())).toList();
    }

    /** True when at least one of the person's roles lets them work outside any tenant. */
    public boolean worksBeyondTenants() {
        return roles().stream().anyMatch(role -> !role.needsTenant());
    }

    private Optional<org.wildfly.security.http.oidc.AccessToken> accessToken() {
        return request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                ? Optional.ofNullable(principal.getOidcSecurityContext().getToken())
                : Optional.empty();
    }

    private Optional<IDToken> idToken() {
        return request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                ? Optional.ofNullable(principal.getOidcSecurityContext().getIDToken())
                : Optional.empty();
    }
}
