package ca.concerto.web.interfaces.api.payload;

import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantKind;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.tenancy.domain.TenantStatus;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A tenant of the platform; with its registry state when listed. */
@JsonbNillable(false)
@JsonbPropertyOrder({"slug", "displayName", "region", "kind", "schema", "status", "schemaVersion"})
public record TenantPayload(String slug, String displayName, String region, TenantKind kind, String schema,
        TenantStatus status, Integer schemaVersion) {

    public static TenantPayload of(Tenant tenant) {
        return new TenantPayload(tenant.slug().value(), tenant.displayName(), tenant.region(), tenant.kind(),
                tenant.schema().value(), null, null);
    }

    public static TenantPayload of(TenantRegistrations.Registration registration) {
        Tenant tenant = registration.tenant();
        return new TenantPayload(tenant.slug().value(), tenant.displayName(), tenant.region(), tenant.kind(),
                tenant.schema().value(), registration.status(),
                registration.schemaVersion() == null ? 0 : registration.schemaVersion());
    }
}
