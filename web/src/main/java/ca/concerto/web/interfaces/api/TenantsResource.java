package ca.concerto.web.interfaces.api;

import ca.concerto.tenancy.application.ProvisioningRefused;
import ca.concerto.tenancy.application.TenantProvisioning;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.infrastructure.registry.TenantRegistrations;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ResourceBundle;

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
    public JsonArray list() {
        var tenants = Json.createArrayBuilder();
        registrations.all().forEach(registration -> tenants.add(Json.createObjectBuilder(json(registration.tenant()))
                .add("status", registration.status().name())
                .add("schemaVersion", registration.schemaVersion() == null ? 0 : registration.schemaVersion())));
        return tenants.build();
    }

    /**
     * Provisions a tenant from {@code {"slug", "displayName", "region", "kind"}}: 201 with the tenant, or 400
     * (bad input) / 409 (exists already) with {@code {"error", "message"}} and nothing changed.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response provision(JsonObject body, @Context UriInfo uri, @Context HttpHeaders headers) {
        try {
            Tenant tenant = provisioning.provision(new TenantProvisioning.Request(text(body, "slug"),
                    text(body, "displayName"), text(body, "region"), text(body, "kind")));
            return Response.created(uri.getAbsolutePathBuilder().path(tenant.slug().value()).build())
                    .entity(json(tenant)).build();
        } catch (ProvisioningRefused refused) {
            boolean conflict = refused.reason() == ProvisioningRefused.Reason.DUPLICATE_SLUG
                    || refused.reason() == ProvisioningRefused.Reason.ORGANIZATION_EXISTS;
            String message = ResourceBundle.getBundle(Messages.BUNDLE, ApiLanguage.of(headers))
                    .getString("provisioning.refused." + refused.reason().name());
            return Response.status(conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                    .entity(Json.createObjectBuilder().add("error", refused.reason().name()).add("message", message).build())
                    .build();
        }
    }

    private static JsonObject json(Tenant tenant) {
        return Json.createObjectBuilder().add("slug", tenant.slug().value()).add("displayName", tenant.displayName())
                .add("region", tenant.region()).add("kind", tenant.kind().name())
                .add("schema", tenant.schema().value()).build();
    }

    private static String text(JsonObject body, String key) {
        return body != null && body.containsKey(key) && !body.isNull(key) && body.get(key) instanceof jakarta.json.JsonString s
                ? s.getString() : null;
    }
}
