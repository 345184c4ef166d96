package ca.concerto.web.interfaces.platform;

import ca.concerto.domain.model.access.Rights;
import ca.concerto.tenancy.application.ProvisioningRefused;
import ca.concerto.tenancy.application.TenantProvisioning;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantKind;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The platform's administration: every body with the state of its space, and the provisioning of a new one. A
 * refusal is said next to the field it is about, and nothing is created. Request-scoped: the page holds nothing
 * between requests but the form's fields, which it posts.
 */
@Named
@RequestScoped
public class PlatformView {

    /** The form's field each refusal is about. */
    private static final Map<ProvisioningRefused.Reason, String> FIELDS = Map.of(
            ProvisioningRefused.Reason.MALFORMED_SLUG, "slug",
            ProvisioningRefused.Reason.DUPLICATE_SLUG, "slug",
            ProvisioningRefused.Reason.ORGANIZATION_EXISTS, "slug",
            ProvisioningRefused.Reason.MISSING_NAME, "displayName",
            ProvisioningRefused.Reason.MISSING_REGION, "region",
            ProvisioningRefused.Reason.UNKNOWN_KIND, "kind");

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantRegistrations registrations;

    @Inject
    CurrentActor actor;

    @Inject
    Messages messages;

    private List<TenantRegistrations.Registration> bodies;
    private String slug;
    private String displayName;
    private String region;
    private TenantKind kind = TenantKind.REGIONAL_BODY;

    /** Every body, as the registry has them now (read again after a provisioning). */
    public List<TenantRegistrations.Registration> getBodies() {
        if (bodies == null) {
            bodies = isAllowed() ? registrations.all() : List.of();
        }
        return bodies;
    }

    public void provision() {
        Rights.ensureMayAdministerPlatform(actor.get());
        try {
            Tenant tenant = provisioning.provision(new TenantProvisioning.Request(slug, displayName, region, kind.name()));
            messages.add(FacesMessage.SEVERITY_INFO, "platform.provisioned", tenant.displayName(), tenant.schema().value());
            slug = displayName = region = null;
        } catch (ProvisioningRefused refused) {
            FacesContext context = FacesContext.getCurrentInstance();
            String field = "provision:" + FIELDS.get(refused.reason());
            if (context.getViewRoot().findComponent(field) instanceof UIInput input) {
                input.setValid(false);
            }
            context.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.text("provisioning.refused." + refused.reason().name()), null));
            context.validationFailed();
        }
        bodies = null;
    }

    public boolean isAllowed() {
        return Rights.mayAdministerPlatform(actor.get());
    }

    public List<TenantKind> getKinds() {
        return List.of(TenantKind.values());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public TenantKind getKind() {
        return kind;
    }

    public void setKind(TenantKind kind) {
        this.kind = kind;
    }
}
