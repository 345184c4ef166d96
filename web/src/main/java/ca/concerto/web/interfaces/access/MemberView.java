package ca.concerto.web.interfaces.access;

import ca.concerto.domain.model.access.Role;
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

    public List<Role> getRoles() {
        return member.roles();
    }

    /** The body the person works in, or null for someone who works only across the network or platform. */
    public Tenant getTenant() {
        return currentTenant.tenant().orElse(null);
    }
}
