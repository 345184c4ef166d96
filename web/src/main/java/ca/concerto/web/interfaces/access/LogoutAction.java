package ca.concerto.web.interfaces.access;

import ca.concerto.web.infrastructure.security.OidcSessions;
import ca.concerto.web.infrastructure.security.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The "log out" button of every screen. */
@Named
@RequestScoped
public class LogoutAction {

    @Inject
    OidcSessions sessions;

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        sessions.end((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + Pages.LOGGED_OUT);
    }
}
