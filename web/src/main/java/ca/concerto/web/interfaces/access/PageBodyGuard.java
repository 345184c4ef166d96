package ca.concerto.web.interfaces.access;

import ca.concerto.tenancy.application.CurrentTenant;
import ca.concerto.web.infrastructure.security.Pages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Every page belongs to the body it was opened in. The body a person works in is chosen for the whole
 * session, so a page left open in another tab would otherwise write into whichever body was chosen since:
 * its postbacks are refused, and the person is offered to reopen the page in its own body
 * ({@link StalePage}). The language switch and logout, which change no body's data, still work.
 */
public class PageBodyGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String BODY = PageBodyGuard.class.getName() + ".body";
    private static final String ADDRESS = PageBodyGuard.class.getName() + ".address";
    private static final String SESSION_BAR = "sessionBar";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW || !context.isPostback() || context.getViewRoot() == null) {
            return;
        }
        Map<String, Object> page = context.getViewRoot().getViewMap(false);
        if (page == null || !(page.get(BODY) instanceof String openedIn) || openedIn.equals(currentBody())
                || context.getExternalContext().getRequestParameterMap().containsKey(SESSION_BAR)) {
            return;
        }
        redirect(context, Pages.stalePage(context.getExternalContext().getRequestContextPath(), openedIn,
                (String) page.get(ADDRESS)));
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE || context.getViewRoot() == null) {
            return;
        }
        Map<String, Object> page = context.getViewRoot().getViewMap();
        if (!page.containsKey(BODY)) {
            page.put(BODY, currentBody());
            page.put(ADDRESS, context.isPostback() ? context.getViewRoot().getViewId() : requestedAddress(context));
        }
    }

    /** The slug of the body the request works in; empty for people who work beyond bodies. */
    private static String currentBody() {
        return CDI.current().select(CurrentTenant.class).get().slug();
    }

    private static String requestedAddress(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        return context.getViewRoot().getViewId() + (query == null ? "" : "?" + query);
    }

    private static void redirect(FacesContext context, String address) {
        try {
            context.getExternalContext().redirect(address);
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
