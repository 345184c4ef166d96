package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.api.payload.Created;
import ca.concerto.web.interfaces.api.payload.SectionRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * The sections of a draft plan's text (vision, mission, history, credits...), written by the coordination;
 * they are read with the plan ({@code GET /api/plans/{id}}). A plan of another body is 404. Documented in
 * docs/api.md.
 */
@Path("plans/{planId}/sections")
@RolesAllowed({"coordinator", "partner", "auditor"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SectionsResource {

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    @PathParam("planId")
    long planId;

    /** A new section at {@code position} (none: at the end): 201 with its number. */
    @POST
    public Response add(@Valid @NotNull SectionRequest body) {
        long id = catalog.addSection(planId, body.kind(), body.title(), body.text(), body.position(), actor.get(), body.comment());
        return Response.status(Response.Status.CREATED).entity(Created.id(id)).build();
    }

    /** Rewrites a section from the version the caller read: 200 with its new version, as the ETag too; 409 if changed since. */
    @PUT
    @Path("{sectionId}")
    public Response rewrite(@PathParam("sectionId") long sectionId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SectionRequest body) {
        int saved = catalog.rewriteSection(planId, sectionId, ReadVersion.of(ifMatch, body.fromVersion()), body.kind(),
                body.title(), body.text(), body.position(), actor.get(), body.comment());
        return Response.ok(new Created(sectionId, saved)).tag(new EntityTag(String.valueOf(saved))).build();
    }

    /** Removes a section: 204. */
    @DELETE
    @Path("{sectionId}")
    public Response remove(@PathParam("sectionId") long sectionId) {
        catalog.removeSection(planId, sectionId, actor.get(), "");
        return Response.noContent().build();
    }
}
