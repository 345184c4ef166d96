package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.shared.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;

/**
 * A page about one plan of the person's body, named by its {@code id} parameter, fed by one application call per
 * request. Another body's plan number is "not found" (404) like any number that is no plan.
 *
 * <p>What the page reads (its reading, {@code R}) lives for one request only ({@link PlanReadings}): between requests
 * the page holds the plan's number and what the person chose, so that a session with many pages open stays small and
 * each request shows the plan as it is.
 *
 * @param <R> what the page reads and works out in one call: the plan's outline and whatever else it shows
 */
public abstract class PlanPage<R> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanCatalog catalog;

    @Inject
    PlanReadings readings;

    private Long id;

    /** The page's view action: a number that is no plan of the person's body answers 404. */
    public void load() {
        if (reading() == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** The plan is read afresh at the next ask in this request (after a change). */
    void reload() {
        readings.forget(this);
    }

    /** Reads the plan and works out what the page shows, in one application call; empty when not found. */
    protected abstract Optional<R> read(long planId);

    /** The plan's outline in the page's reading. */
    protected abstract PlanOutline outlineOf(R reading);

    /** The plan's outline alone, for pages that read nothing else. */
    protected Optional<PlanOutline> readOutline(long planId) {
        return catalog.outline(planId);
    }

    /** The page's reading in this request, read at the first ask; null when the plan is not found. */
    protected R reading() {
        if (id == null) {
            restoreAfterEviction();
        }
        return id == null ? null : readings.of(this, () -> read(id).orElse(null));
    }

    public boolean isFound() {
        return getOutline() != null;
    }

    public PlanOutline getOutline() {
        R reading = reading();
        return reading == null ? null : outlineOf(reading);
    }

    /**
     * A person with many tabs sends many requests of one session at once; Mojarra may then drop this page's beans in
     * the middle of its request and hand it new, empty ones (eclipse-ee4j/mojarra#5844). The new bean takes its plan's
     * number from the request's own parameter rather than showing an empty page.
     */
    private void restoreAfterEviction() {
        FacesContext context = FacesContext.getCurrentInstance();
        String requested = context == null ? null : context.getExternalContext().getRequestParameterMap().get("id");
        if (requested != null && requested.matches("[0-9]{1,18}")) {
            id = Long.valueOf(requested);
        }
    }

    /** An element of the plan as the page read it; another number is not found, as in the API. */
    PlanOutline.Element element(long elementId) {
        return getOutline().elements().stream().filter(element -> element.id() == elementId).findFirst()
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
