package ca.concerto.tenancy.application;

import ca.concerto.tenancy.application.ProvisioningRefused.Reason;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantKind;
import ca.concerto.tenancy.domain.TenantSlug;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Gives a new concertation body its space: registry row, schema at the latest version, Keycloak
 * organization. All or nothing: a refusal changes nothing, and a failure half-way removes what was made.
 */
public class TenantProvisioning {

    private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());

    private final TenantSpaces spaces;
    private final OrganizationDirectory organizations;
    private final Runnable registryChanged;

    public TenantProvisioning(TenantSpaces spaces, OrganizationDirectory organizations, Runnable registryChanged) {
        this.spaces = spaces;
        this.organizations = organizations;
        this.registryChanged = registryChanged;
    }

    /** What an operator asks for; every field is untrusted input. */
    public record Request(String slug, String displayName, String region, String kind) {
    }

    public Tenant provision(Request request) {
        Tenant tenant = validated(request);
        try {
            spaces.create(tenant);
        } catch (TenantAlreadyRegistered duplicate) {
            throw new ProvisioningRefused(Reason.DUPLICATE_SLUG, tenant.slug().value());
        }
        try {
            organizations.create(tenant.slug(), tenant.displayName());
        } catch (OrganizationDirectory.OrganizationAlreadyExists exists) {
            spaces.remove(tenant);
            throw new ProvisioningRefused(Reason.ORGANIZATION_EXISTS, tenant.slug().value());
        } catch (RuntimeException e) {
            spaces.remove(tenant);
            throw e;
        } finally {
            registryChanged.run();
        }
        LOG.info(() -> "Provisioned tenant " + tenant.slug() + " (schema " + tenant.schema() + ")");
        return tenant;
    }

    private static Tenant validated(Request request) {
        TenantSlug slug = TenantSlug.parse(request.slug())
                .orElseThrow(() -> new ProvisioningRefused(Reason.MALFORMED_SLUG, String.valueOf(request.slug())));
        if (isBlank(request.displayName())) {
            throw new ProvisioningRefused(Reason.MISSING_NAME, slug.value());
        }
        if (isBlank(request.region())) {
            throw new ProvisioningRefused(Reason.MISSING_REGION, slug.value());
        }
        TenantKind kind = Arrays.stream(TenantKind.values()).filter(k -> k.name().equals(request.kind())).findFirst()
                .orElseThrow(() -> new ProvisioningRefused(Reason.UNKNOWN_KIND, String.valueOf(request.kind())));
        return new Tenant(slug, request.displayName().strip(), request.region().strip(), kind);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
