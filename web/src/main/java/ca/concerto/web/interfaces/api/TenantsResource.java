package ca.concerto.web.interfaces.api;

import ca.concerto.tenancy.application.TenantProvisioning;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.web.interfaces.api.payload.TenantPayload;
import ca.concerto.web.interfaces.api.payload.TenantRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The platform's tenants, for platform administrators: list them, provision a new one. */
@Path("platform/tenants")
@RolesAllowed("platform-admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantRegistrations registrations;

    @GET
    public List<TenantPayload> list() {
        return registrations.all().stream().map(TenantPayload::of).toList();
    }

    /**
     * Provisions a tenant from {@code {"slug", "displayName", "region", "kind"}}: 201 with the tenant, or 400
     * (bad input) / 409 (exists already) with {@code {"error", "message"}} and nothing changed.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response provision(@NotNull TenantRequest body, @Context UriInfo uri) {
        Tenant tenant = provisioning.provision(body.request());
        return Response.created(uri.getAbsolutePathBuilder().path(tenant.slug().value()).build())
                .entity(TenantPayload.of(tenant)).build();
    }
}
