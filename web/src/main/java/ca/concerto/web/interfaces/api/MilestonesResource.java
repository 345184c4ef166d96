package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.api.payload.Created;
import ca.concerto.web.interfaces.api.payload.MilestoneRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The milestones of a plan's version other than its adoption (filed with a funder, presented, approved),
 * recorded by the coordination on any version, draft or adopted: they freeze nothing and do not show the
 * plan to the network. Read with the plan. Documented in docs/api.md.
 */
@Path("plans/{planId}/milestones")
@RolesAllowed({"coordinator", "partner", "auditor"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MilestonesResource {

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    @PathParam("planId")
    long planId;

    /** Records a milestone: 201 with its number. */
    @POST
    public Response record(@Valid @NotNull MilestoneRequest body) {
        long id = catalog.recordMilestone(planId, body.kind(), body.on(), body.counterpart(), body.note(), actor.get(),
                body.comment());
        return Response.status(Response.Status.CREATED).entity(Created.id(id)).build();
    }

    /** Removes a milestone recorded by mistake: 204. */
    @DELETE
    @Path("{milestoneId}")
    public Response remove(@PathParam("milestoneId") long milestoneId) {
        catalog.removeMilestone(planId, milestoneId, actor.get(), "");
        return Response.noContent().build();
    }
}
