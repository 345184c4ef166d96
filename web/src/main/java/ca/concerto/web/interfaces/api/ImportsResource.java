package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.imports.PlanImports;
import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.model.shared.NotFound;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.api.payload.ImportPayload;
import ca.concerto.web.interfaces.api.payload.ImportRequest;
import ca.concerto.web.interfaces.api.payload.PlanPayload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Bringing a plan in from its Word document or its own Excel workbook: the file answers a preview; the preview again with another
 * template or mapping; the commit makes the draft plan. Coordinators (403 otherwise). Documented in docs/api.md.
 */
@Path("plans/imports")
@RolesAllowed({"coordinator", "partner", "auditor"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    @Inject
    PlanImports imports;

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    /**
     * The .docx, or a workbook of the body's own (.xlsx), as the body ({@code name}: its file name): 201 with the
     * preview Concerto proposes for the template.
     */
    @POST
    @Consumes({PlansResource.DOCX, PlansResource.XLSX})
    public Response receive(byte[] file, @QueryParam("name") @Size(max = 255) String name,
            @QueryParam("template") @DefaultValue("annual-action-plan") @Size(max = 63) String template) {
        return Response.status(Response.Status.CREATED)
                .entity(ImportPayload.of(imports.receive(actor.get(), name, file == null ? new byte[0] : file, template))).build();
    }

    /** The preview with another template or mapping: 200. */
    @POST
    @Path("{id}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportPayload preview(@PathParam("id") long id, @Valid @NotNull ImportRequest body) {
        return ImportPayload.of(imports.preview(actor.get(), id, body.template(), body.mapping()));
    }

    /** Makes the draft plan (one IMPORT revision naming the file): 201 with the plan; 409 when it was made already. */
    @POST
    @Path("{id}/commit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response commit(@PathParam("id") long id, @Valid @NotNull ImportRequest body) {
        long plan = imports.commit(actor.get(), id, body.template(), body.mapping(), body.plan(), Boolean.TRUE.equals(body.adopt()));
        return Response.status(Response.Status.CREATED).entity(PlanPayload.of(catalog.outline(plan)
                .orElseThrow(() -> new NotFound(NotFound.What.PLAN, plan)))).build();
    }
}
