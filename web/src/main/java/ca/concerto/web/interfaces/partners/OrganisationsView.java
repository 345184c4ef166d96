package ca.concerto.web.interfaces.partners;

import ca.concerto.domain.application.partners.OrganisationAlreadyKnown;
import ca.concerto.domain.application.partners.PartnerDirectoryView;
import ca.concerto.domain.application.partners.PartnerService;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.partner.UnknownLogin;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The body's partner organisations, its committee members and its partners' accounts. */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerService partners;

    @Inject
    CurrentActor actor;

    @Inject
    Messages messages;

    private List<PartnerDirectoryView.OrganisationLine> organisations;
    private List<PartnerDirectoryView.MemberLine> members;
    private List<PartnerDirectoryView.AccountLine> accounts;
    private String name;
    private String acronym;
    private String sector;
    private String username;
    private Long organisationId;

    public void load() {
        PartnerDirectoryView.Directory directory = partners.directory();
        organisations = directory.organisations();
        members = directory.members();
        accounts = directory.accounts();
    }

    public boolean isEditable() {
        return Rights.mayEditPlans(actor.get());
    }

    public void addOrganisation() {
        try {
            partners.createOrganisation(actor.get(), name, acronym, sector);
            messages.add(FacesMessage.SEVERITY_INFO, "organisations.created");
            name = null;
            acronym = null;
            sector = null;
        } catch (OrganisationAlreadyKnown known) {
            messages.add(FacesMessage.SEVERITY_ERROR, "organisations.exists");
        }
        load();
    }

    /** Links the login to the organisation; an unknown login is refused next to its field, what was typed kept. */
    public void assign() {
        try {
            partners.assign(actor.get(), username, organisationId);
        } catch (UnknownLogin unknown) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage("accounts:username", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.text("organisations.account.unknown"), null));
            context.validationFailed();
            return;
        }
        messages.add(FacesMessage.SEVERITY_INFO, "organisations.account.assigned");
        username = null;
        load();
    }

    public List<PartnerDirectoryView.OrganisationLine> getOrganisations() {
        return organisations;
    }

    public List<PartnerDirectoryView.MemberLine> getMembers() {
        return members;
    }

    public List<PartnerDirectoryView.AccountLine> getAccounts() {
        return accounts;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
