package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.followup.FollowUpService;
import ca.concerto.domain.application.followup.PlanFollowUp;
import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.model.shared.NotFound;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.api.payload.Created;
import ca.concerto.web.interfaces.api.payload.ElementChangeRequest;
import ca.concerto.web.interfaces.api.payload.ElementPayload;
import ca.concerto.web.interfaces.api.payload.FollowUpPayload;
import ca.concerto.web.interfaces.api.payload.MeasurementRequest;
import ca.concerto.web.interfaces.api.payload.NewElementRequest;
import ca.concerto.web.interfaces.api.payload.ProgressRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The elements of a plan of the caller's body, to change and follow up. The rights are the screens':
 * the coordination changes draft plans and follows up everything; a partner follows up what their
 * organisation leads; auditors change nothing (403). An element is addressed under its plan; an element
 * of another plan or body is 404. Refusals are answered by {@link RefusalMapper}. Documented in docs/api.md.
 */
@Path("plans/{planId}/elements")
@RolesAllowed({"coordinator", "partner", "auditor"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ElementsResource {

    @Inject
    PlanCatalog catalog;

    @Inject
    FollowUpService followUps;

    @Inject
    CurrentActor actor;

    @PathParam("planId")
    long planId;

    /** Every report and measurement of the plan's elements. */
    @GET
    @Path("follow-up")
    public FollowUpPayload followUp() {
        if (!catalog.exists(planId)) {
            throw new NotFound(NotFound.What.PLAN, planId);
        }
        return FollowUpPayload.of(followUps.of(planId));
    }

    /**
     * Adds an element at the end of a parent's children ({@code parentId} null: at the top) at a level the
     * plan's template allows there: 201 with its number (coordinators, draft plans).
     */
    @POST
    public Response add(@Valid @NotNull NewElementRequest body) {
        if (body.parentId() != null) {
            inPlan(body.parentId());
        }
        long id = catalog.addElement(planId, body.parentId(), body.level(), body.title(), body.schedule(), actor.get(),
                body.comment());
        return Response.status(Response.Status.CREATED).entity(Created.id(id)).build();
    }

    /** Records the element's progress for a reporting period: 200 with the report. */
    @POST
    @Path("{elementId}/progress")
    public PlanFollowUp.Report report(@PathParam("elementId") long elementId, @Valid @NotNull ProgressRequest body) {
        inPlan(elementId);
        return followUps.report(actor.get(), body.entry(elementId));
    }

    /** Records a measurement of one of the element's indicators: 201 with it. */
    @POST
    @Path("{elementId}/measurements")
    public Response measure(@PathParam("elementId") long elementId, @Valid @NotNull MeasurementRequest body) {
        inPlan(elementId);
        return Response.status(Response.Status.CREATED).entity(followUps.measure(actor.get(), body.entry(elementId))).build();
    }

    /** One element as the plan gives it, with its version as the ETag a change sends back in If-Match. */
    @GET
    @Path("{elementId}")
    public Response element(@PathParam("elementId") long elementId) {
        ElementPayload element = catalog.outline(planId).orElseThrow(() -> new NotFound(NotFound.What.PLAN, planId))
                .elements().stream().filter(candidate -> candidate.id() == elementId).findFirst().map(ElementPayload::of)
                .orElseThrow(() -> new NotFound(NotFound.What.ELEMENT, elementId));
        return Response.ok(element).tag(new EntityTag(String.valueOf(element.version()))).build();
    }

    /**
     * Changes an element's texts from the version the caller read, given as {@code If-Match} (the ETag of
     * its read) or as {@code fromVersion} (coordination, draft plans): 200 with the new version, and it as
     * the ETag. Someone else's change since is a 409 with the version saved now.
     */
    @PUT
    @Path("{elementId}")
    public Response change(@PathParam("elementId") long elementId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ElementChangeRequest body) {
        inPlan(elementId);
        int fromVersion = ReadVersion.of(ifMatch, body.fromVersion());
        int saved = catalog.save(body.changes(elementId, fromVersion), actor.get(), body.comment());
        return Response.ok(new Created(elementId, saved)).tag(new EntityTag(String.valueOf(saved))).build();
    }

    /** @throws NotFound for an element of another plan or body */
    private void inPlan(long elementId) {
        if (!catalog.holds(planId, elementId)) {
            throw new NotFound(NotFound.What.ELEMENT, elementId);
        }
    }
}
