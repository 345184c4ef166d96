package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.templates.TemplateAdministration;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.api.payload.LevelRequest;
import ca.concerto.web.interfaces.api.payload.TemplateCopyRequest;
import ca.concerto.web.interfaces.api.payload.TemplatePayload;
import ca.concerto.web.interfaces.api.payload.TemplateRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The shared templates, authored by platform administrators: create, copy, rename and say the kind of plan
 * a template makes, add and rename levels, retire a level, delete a template no plan was made from (409
 * otherwise). Coordinators read them to choose one. A change never rewrites a plan. Documented in docs/api.md.
 */
@Path("platform/templates")
@RolesAllowed("platform-admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplatesResource {

    @Inject
    TemplateAdministration administration;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({"platform-admin", "coordinator"})
    public List<TemplatePayload> list() {
        return administration.templates().stream().map(TemplatePayload::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"platform-admin", "coordinator"})
    public TemplatePayload template(@PathParam("code") String code) {
        return TemplatePayload.of(administration.template(code));
    }

    /** A new template with its levels: 201 with it. */
    @POST
    public Response create(@Valid @NotNull TemplateRequest body) {
        return created(administration.create(actor.get(), body.draft()));
    }

    /** A copy of the template under new names: 201 with it. */
    @POST
    @Path("{code}/copies")
    public Response copy(@PathParam("code") String code, @Valid @NotNull TemplateCopyRequest body) {
        return created(administration.copy(actor.get(), code, body.code(), body.nameFr(), body.nameEn()));
    }

    /** New names and kind of plan over the version read ({@code fromVersion}; 409 if changed since): 200 with it. */
    @PUT
    @Path("{code}")
    public TemplatePayload describe(@PathParam("code") String code, @Valid @NotNull TemplateRequest body) {
        administration.describe(actor.get(), code, body.fromVersion(), body.nameFr(), body.nameEn(), body.kind().fr(),
                body.kind().en());
        return template(code);
    }

    /** A new level: 201 with the template. */
    @POST
    @Path("{code}/levels")
    public Response addLevel(@PathParam("code") String code, @Valid @NotNull LevelRequest body) {
        administration.addLevel(actor.get(), code, body.code(), body.parent(), body.nameFr(), body.nameEn(), body.fields());
        return Response.status(Response.Status.CREATED).entity(template(code)).build();
    }

    /** New names and fields for a level: 200 with the template. */
    @PUT
    @Path("{code}/levels/{level}")
    public TemplatePayload relabelLevel(@PathParam("code") String code, @PathParam("level") String level,
            @Valid @NotNull LevelRequest body) {
        administration.relabelLevel(actor.get(), code, level, body.nameFr(), body.nameEn(), body.fields());
        return template(code);
    }

    /** Retires a level and those under it: no longer offered, kept in the plans that have them. 200 with the template. */
    @POST
    @Path("{code}/levels/{level}/retirement")
    public TemplatePayload retireLevel(@PathParam("code") String code, @PathParam("level") String level) {
        administration.retireLevel(actor.get(), code, level);
        return template(code);
    }

    /** Deletes a template no plan was made from: 204; 409 TEMPLATE_IN_USE otherwise. */
    @DELETE
    @Path("{code}")
    public Response delete(@PathParam("code") String code) {
        administration.delete(actor.get(), code);
        return Response.noContent().build();
    }

    private Response created(String code) {
        return Response.created(uri.getBaseUriBuilder().path("platform/templates").path(code).build())
                .entity(template(code)).build();
    }
}
