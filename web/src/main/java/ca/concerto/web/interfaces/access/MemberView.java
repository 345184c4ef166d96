package ca.concerto.web.interfaces.access;

import ca.concerto.tenancy.application.CurrentTenant;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.web.infrastructure.security.AuthenticatedMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Who is signed in, in what role, for which body: shown on every screen. */
@Named
@RequestScoped
public class MemberView {

    @Inject
    AuthenticatedMember member;

    @Inject
    CurrentTenant currentTenant;

    public String getDisplayName() {
        return member.displayName();
    }

    public String getUsername() {
        return member.username();
    }

    public boolean isInTenant() {
        return currentTenant.tenant().isPresent();
    }

    /** Network analysts compare the bodies' adopted plans. */
    public boolean isNetworkAnalyst() {
        return member.roles().contains(ca.concerto.domain.model.access.Role.NETWORK_ANALYST);
    }

    /** Platform administrators manage the shared templates. */
    public boolean isPlatformAdmin() {
        return member.roles().contains(ca.concerto.domain.model.access.Role.PLATFORM_ADMIN);
    }

    /** True for a member of several bodies, who may switch between them. */
    public boolean isInSeveralTenants() {
        return currentTenant.memberships().size() > 1;
    }

    /** The display name of the body the person works in; empty for someone who works beyond bodies. */
    public String getTenantName() {
        return currentTenant.tenant().map(Tenant::displayName).orElse("");
    }

    /** The slug of the body the page is opened in, which the page's download links carry. */
    public String getTenantSlug() {
        return currentTenant.slug();
    }

    public String getTenantRegion() {
        return currentTenant.tenant().map(Tenant::region).orElse("");
    }

    /** The kind of body, as the key of its label in the messages. */
    public String getTenantKindKey() {
        return currentTenant.tenant().map(tenant -> "tenantKind." + tenant.kind().name()).orElse("");
    }

    /** The keys of the labels of the person's roles in the messages. */
    public List<String> getRoleKeys() {
        return member.roles().stream().map(role -> "role." + role.roleName()).toList();
    }
}
