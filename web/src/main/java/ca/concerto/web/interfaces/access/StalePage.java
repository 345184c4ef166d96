package ca.concerto.web.interfaces.access;

import ca.concerto.tenancy.application.CurrentTenant;
import ca.concerto.tenancy.application.TenantChoiceRefused;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.web.infrastructure.security.Pages;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The notice on the choice page when a page of one body was used after the session moved to another
 * ({@link PageBodyGuard}): nothing was written, and the person may reopen the page in its own body.
 */
@Named
@ViewScoped
public class StalePage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** One of our pages with its plain parameters: never an address elsewhere. */
    private static final Pattern OUR_PAGE = Pattern.compile("/[a-z][a-z-]*\\.xhtml(\\?[A-Za-z0-9=&_.%-]*)?");

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Messages messages;

    private Tenant body;
    private String page;

    @PostConstruct
    void read() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        String slug = parameters.get(Pages.STALE_BODY);
        body = slug == null ? null : currentTenant.memberships().stream()
                .filter(tenant -> tenant.slug().value().equals(slug)).findFirst().orElse(null);
        String requested = parameters.get(Pages.STALE_PAGE);
        page = requested != null && OUR_PAGE.matcher(requested).matches() ? requested : Pages.HOME;
    }

    public boolean isShown() {
        return body != null;
    }

    public String getBodyName() {
        return Optional.ofNullable(body).map(Tenant::displayName).orElse("");
    }

    public String getCurrentBodyName() {
        return currentTenant.tenant().map(Tenant::displayName).orElse("");
    }

    /** Moves the session back to the page's body and opens the page again there. */
    public String reopen() {
        try {
            currentTenant.choose(body.slug().value());
            return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
        } catch (TenantChoiceRefused refused) {
            messages.add(FacesMessage.SEVERITY_ERROR, "tenant.choice.refused");
            return null;
        }
    }
}
