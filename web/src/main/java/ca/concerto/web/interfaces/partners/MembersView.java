package ca.concerto.web.interfaces.partners;

import ca.concerto.domain.application.partners.MemberEntry;
import ca.concerto.domain.application.partners.PartnerDirectoryView;
import ca.concerto.domain.application.partners.PartnerService;
import ca.concerto.domain.model.partner.Committee;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The members of the body's committees, added and changed by the coordination on the organisations page. */
@Named
@ViewScoped
public class MembersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerService partners;

    @Inject
    CurrentActor actor;

    @Inject
    Messages messages;

    @Inject
    OrganisationsView directory;

    private Long id;
    private int version;
    private String fullName;
    private String title;
    private String organisation;
    private List<String> committees = new ArrayList<>();

    /** Fills the form with a member, to change them from the version the page read. */
    public void edit(PartnerDirectoryView.MemberLine member) {
        id = member.id();
        version = member.version();
        fullName = member.fullName();
        title = member.title();
        organisation = member.organisation();
        committees = member.committees().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    public void clear() {
        id = null;
        fullName = null;
        title = null;
        organisation = null;
        committees = new ArrayList<>();
    }

    public void save() {
        Set<Committee> sitting = EnumSet.noneOf(Committee.class);
        committees.forEach(name -> sitting.add(Committee.valueOf(name)));
        partners.saveMember(actor.get(), new MemberEntry(id, version, fullName, title, organisation, sitting));
        messages.add(FacesMessage.SEVERITY_INFO, "members.saved");
        clear();
        directory.load();
    }

    public Committee[] getAllCommittees() {
        return Committee.values();
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public List<String> getCommittees() {
        return committees;
    }

    public void setCommittees(List<String> committees) {
        this.committees = committees == null ? new ArrayList<>() : new ArrayList<>(committees);
    }
}
