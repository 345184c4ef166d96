package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.shared.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;

/**
 * A page about one plan of the person's body, named by its {@code id} parameter, fed by one application
 * call. Another body's plan number is "not found" (404) like any number that is no plan.
 */
public abstract class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanCatalog catalog;

    private Long id;
    private PlanOutline outline;

    /** Loads the plan named by the page's parameter. */
    public void load() {
        reload();
        if (outline == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Reads the plan afresh, then works out what the page shows of it. */
    void reload() {
        outline = id == null ? null : read(id).orElse(null);
        if (outline != null) {
            loaded(outline);
        }
    }

    /** Reads what the page shows, in one call: the plan's outline unless the page needs more. */
    protected Optional<PlanOutline> read(long planId) {
        return catalog.outline(planId);
    }

    /** What the page works out from what it read. */
    protected void loaded(PlanOutline outline) {
    }

    public boolean isFound() {
        return getOutline() != null;
    }

    public PlanOutline getOutline() {
        if (outline == null && id == null) {
            restoreAfterEviction();
        }
        return outline;
    }

    /**
     * A person with many tabs sends many requests of one session at once; Mojarra may then drop this page's beans in
     * the middle of its request and hand it new, empty ones (eclipse-ee4j/mojarra#5844). The new bean reads its plan
     * again from the request's own parameter rather than showing an empty page.
     */
    private void restoreAfterEviction() {
        FacesContext context = FacesContext.getCurrentInstance();
        String requested = context == null ? null : context.getExternalContext().getRequestParameterMap().get("id");
        if (requested != null && requested.matches("[0-9]{1,18}")) {
            id = Long.valueOf(requested);
            reload();
        }
    }

    /** An element of the plan as the page read it; another number is not found, as in the API. */
    PlanOutline.Element element(long elementId) {
        return outline.elements().stream().filter(element -> element.id() == elementId).findFirst()
                .orElseThrow(() -> new NotFound(NotFound.What.ELEMENT, elementId));
    }

    /**
     * The element a row's button names (the request's {@code element} parameter: the table's buttons are plain
     * buttons sending their row's number, not a component each). Anything but one of this plan's elements is
     * not found, and the page says so.
     */
    public long getRequestedElement() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("element");
        if (requested == null || !requested.matches("[0-9]{1,18}")) {
            throw new NotFound(NotFound.What.ELEMENT, String.valueOf(requested));
        }
        return element(Long.parseLong(requested)).id();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
