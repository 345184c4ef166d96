package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanOutline;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * A page about one plan of the person's body, named by its {@code id} parameter. Another body's plan
 * number is "not found" (404) like any number that is no plan.
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

    /** Reads the plan afresh, then what the page shows of it. */
    void reload() {
        outline = id == null ? null : catalog.outline(id).orElse(null);
        if (outline != null) {
            loaded(outline);
        }
    }

    /** What the page reads besides the plan's outline. */
    protected abstract void loaded(PlanOutline outline);

    public boolean isFound() {
        return outline != null;
    }

    public PlanOutline getOutline() {
        return outline;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
