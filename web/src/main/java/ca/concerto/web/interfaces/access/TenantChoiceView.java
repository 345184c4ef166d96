package ca.concerto.web.interfaces.access;

import ca.concerto.tenancy.application.CurrentTenant;
import ca.concerto.tenancy.application.TenantChoiceRefused;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.web.infrastructure.security.Pages;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Lets a member of several bodies choose the one they work in for this session. */
@Named
@RequestScoped
public class TenantChoiceView {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Messages messages;

    public List<Tenant> getMemberships() {
        return currentTenant.memberships();
    }

    public String choose(String slug) {
        try {
            currentTenant.choose(slug);
            return Pages.HOME + "?faces-redirect=true";
        } catch (TenantChoiceRefused refused) {
            messages.add(FacesMessage.SEVERITY_ERROR, "tenant.choice.refused");
            return null;
        }
    }
}
