package ca.concerto.web.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/** Ends a person's session in Concerto and at Keycloak, so that the next visit asks for a login again. */
@ApplicationScoped
public class OidcSessions {

    private static final Logger LOG = Logger.getLogger(OidcSessions.class.getName());

    public void end(HttpServletRequest request) {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                && principal.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context) {
            // Back-channel logout: Keycloak drops its SSO session using the refresh token.
            context.logout(context.getOidcClientConfiguration());
        }
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.WARNING, "Container logout failed; the session is invalidated anyway", e);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
