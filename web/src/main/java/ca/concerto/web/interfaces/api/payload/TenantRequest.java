package ca.concerto.web.interfaces.api.payload;

import ca.concerto.tenancy.application.TenantProvisioning;

/** {@code POST /api/platform/tenants}: the new body's space. Checked by provisioning, which says what is wrong. */
public record TenantRequest(String slug, String displayName, String region, String kind) {

    public TenantProvisioning.Request request() {
        return new TenantProvisioning.Request(slug, displayName, region, kind);
    }
}
