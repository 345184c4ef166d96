package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.imports.PlanImports;
import ca.concerto.domain.model.workbook.WorkbookChanges;
import ca.concerto.tenancy.application.CurrentTenant;
import ca.concerto.web.infrastructure.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/**
 * The activities workbook ({@code GET /api/plans/{id}/activities.xlsx}), edited in Excel, back onto its plan:
 * what it would change, then the changes as one revision. Coordinators (403 otherwise). Documented in docs/api.md.
 */
@Path("plans/{id}/activities")
@RolesAllowed({"coordinator", "partner", "auditor"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(PlansResource.XLSX)
public class ActivitiesResource {

    private static final String DEFAULT_NAME = "activites.xlsx";

    @Inject
    PlanImports imports;

    @Inject
    CurrentActor actor;

    @Inject
    CurrentTenant currentTenant;

    /** What the workbook (the body; {@code name}: its file name) would change: 200, nothing written. */
    @POST
    @Path("preview")
    public WorkbookChanges preview(@PathParam("id") long id, byte[] file, @QueryParam("name") @Size(max = 255) String name) {
        return imports.previewWorkbook(actor.get(), id, currentTenant.slug(), named(name), file == null ? new byte[0] : file);
    }

    /**
     * Applies the workbook's changes, one IMPORT revision: 200 with what was applied. Each conflict is decided by
     * its element in {@code take} (the workbook's change wins) or {@code keep} (the plan stays as it is): 409
     * UNRESOLVED_CONFLICTS when one is in neither; 400 WORKBOOK_ROWS_REFUSED, nothing applied, for unreadable rows.
     */
    @POST
    public WorkbookChanges apply(@PathParam("id") long id, byte[] file, @QueryParam("name") @Size(max = 255) String name,
            @QueryParam("take") @Size(max = 10_000) List<Long> take, @QueryParam("keep") @Size(max = 10_000) List<Long> keep) {
        return imports.applyWorkbook(actor.get(), id, currentTenant.slug(), named(name), file == null ? new byte[0] : file,
                Set.copyOf(take), Set.copyOf(keep));
    }

    private static String named(String name) {
        return name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
    }
}
