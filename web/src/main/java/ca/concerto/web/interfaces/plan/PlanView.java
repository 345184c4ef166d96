package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.partners.OrganisationAlreadyKnown;
import ca.concerto.web.interfaces.errors.Refusal;
import ca.concerto.domain.model.text.Folding;
import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.application.plans.EditConflict;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.application.followup.Due;
import ca.concerto.domain.application.followup.FollowUpService;
import ca.concerto.domain.application.followup.PlanFollowUp;
import ca.concerto.domain.application.partners.PartnerService;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.web.infrastructure.security.CurrentActor;
import jakarta.faces.model.SelectItem;
import ca.concerto.web.interfaces.language.LanguageSelection;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.transaction.TransactionalException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * A plan as it reads in the body's documents: headings per level, then the rows of its actions and
 * activities with their fields; collapsible, searchable, filtered by lead. Only the person's own body's
 * plans can be found: another body's plan number is "not found" like any number that is no plan.
 */
@Named
@ViewScoped
public class PlanView extends PlanPage {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageSelection language;

    @Inject
    CurrentActor actor;

    @Inject
    FollowUpService followUpService;

    @Inject
    PartnerService partners;

    @Inject
    Messages messages;

    private ElementForm form;
    private PlanOutline.Element conflict;
    private LocalDate adoptionDate;
    private String adoptingBody;
    private String adoptionComment;

    private PlanFollowUp followUp;
    private Set<Long> followable = Set.of();
    private String search = "";
    private String lead = "";
    private String fieldOfAction = "";
    private String status = "";
    private String due = "";
    private TreeNode<PlanRow> root;

    /** Shows the rows that match the search and the filters, with the headings above them. */
    public void rebuild() {
        String folded = Folding.fold(search == null ? "" : search.strip());
        List<PlanOutline.Element> elements = getOutline().elements();
        Map<Long, PlanOutline.Element> byId = new HashMap<>();
        elements.forEach(element -> byId.put(element.id(), element));
        Map<Long, String> effectiveLeads = getOutline().effectiveLeads();
        LocalDate today = followUpService.today();
        Map<Long, PlanRow> rows = new HashMap<>();
        Set<Long> shown = new HashSet<>();
        for (PlanOutline.Element element : elements) {
            PlanRow row = row(element);
            rows.put(element.id(), row);
            Optional<PlanFollowUp.Report> latest = followUp.latest(element.id());
            boolean matches = (folded.isEmpty() || row.mentions(folded))
                    && (isBlank(lead) || lead.equals(effectiveLeads.get(element.id())))
                    && (isBlank(fieldOfAction) || element.fieldsOfAction().contains(fieldOfAction))
                    && (isBlank(status) || !row.headingRow() && status.equals(row.getStatus()))
                    && (isBlank(due) || !row.headingRow() && Due.valueOf(due).matches(element, latest, today));
            Long at = matches ? element.id() : null;
            while (at != null && shown.add(at)) {
                at = byId.get(at).parentId();
            }
        }
        TreeNode<PlanRow> top = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<PlanRow>> nodes = new HashMap<>();
        for (PlanOutline.Element element : elements) {
            if (shown.contains(element.id())) {
                TreeNode<PlanRow> parent = element.parentId() == null ? top : nodes.get(element.parentId());
                TreeNode<PlanRow> node = new DefaultTreeNode<>(rows.get(element.id()), parent);
                node.setExpanded(true);
                nodes.put(element.id(), node);
            }
        }
        root = top;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }

    /** Coordinators change draft plans; everyone else reads. The server checks again at every save. */
    public boolean isEditable() {
        return getOutline() != null && getOutline().status() == PlanStatus.DRAFT && isCoordinator();
    }

    private boolean isCoordinator() {
        return Rights.mayEditPlans(actor.get());
    }

    /** A coordinator records the adoption of a draft. */
    public boolean isAdoptable() {
        return isEditable();
    }

    /** A coordinator starts a new draft from an adopted or archived plan. */
    public boolean isRenewable() {
        return getOutline() != null && getOutline().status() != PlanStatus.DRAFT && isCoordinator();
    }

    /** Records the adoption, then shows the plan afresh, read-only; stays in the dialog when refused. */
    public String adopt() {
        if (!isAdoptable()) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.refused");
            return null;
        }
        try {
            catalog.adopt(getOutline().id(), adoptionDate, adoptingBody, actor.get(), adoptionComment);
            messages.add(FacesMessage.SEVERITY_INFO, "plan.adopt.done");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/plan?faces-redirect=true&id=" + getOutline().id();
        } catch (PlanNotEditable adoptedMeanwhile) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.adopted");
            return null;
        }
    }

    /** The coordination and the auditors read the plan's history. */
    public boolean isHistoryReadable() {
        return Rights.mayReadHistory(actor.get());
    }

    /** A coordinator archives a plan that is no longer in force; it stays readable. */
    public boolean isArchivable() {
        return getOutline() != null && getOutline().status() != PlanStatus.ARCHIVED && isCoordinator();
    }

    public void archive() {
        catalog.archive(getOutline().id(), actor.get(), messages.text("plan.archive.comment"));
        messages.add(FacesMessage.SEVERITY_INFO, "plan.archive.done");
        reload();
    }

    /** Organisation names and acronyms containing what the person typed, for the lead and collaborators. */
    public List<String> completeOrganisation(String typed) {
        String folded = Folding.fold(typed == null ? "" : typed.strip());
        return partners.organisations().stream()
                .flatMap(organisation -> organisation.acronym() == null ? java.util.stream.Stream.of(organisation.name())
                        : java.util.stream.Stream.of(organisation.acronym(), organisation.name()))
                .filter(name -> Folding.fold(name).contains(folded)).limit(15).toList();
    }

    /** True when the lead being typed names no organisation of the body yet: it can be added on the spot. */
    public boolean isLeadUnknown() {
        String typed = form == null || form.getLead() == null ? "" : form.getLead().strip();
        return !typed.isEmpty() && partners.organisations().stream().noneMatch(organisation ->
                typed.equalsIgnoreCase(organisation.name()) || typed.equalsIgnoreCase(organisation.acronym()));
    }

    /** Adds the lead being typed to the body's organisations, so that saving links the element to it. */
    public void addLeadOrganisation() {
        try {
            partners.createOrganisation(actor.get(), form.getLead(), null, null);
            messages.add(FacesMessage.SEVERITY_INFO, "organisations.created");
        } catch (OrganisationAlreadyKnown known) {
            messages.add(FacesMessage.SEVERITY_ERROR, "organisations.exists");
        }
    }

    /** Starts a new draft from this plan and opens it. */
    public String startNewVersion() {
        if (!isRenewable()) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.refused");
            return null;
        }
        long draft = catalog.startNewVersion(getOutline().id(), actor.get(), messages.text("plan.newVersion.comment"));
        return "/plan?faces-redirect=true&id=" + draft;
    }

    public void edit(long elementId) {
        conflict = null;
        form = isEditable() ? ElementForm.of(element(elementId)) : null;
    }

    public void save() {
        if (!isEditable()) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.refused");
            return;
        }
        try {
            catalog.save(form.changes(), actor.get(), form.getComment());
            messages.add(FacesMessage.SEVERITY_INFO, "plan.edit.saved");
            form = null;
            reload();
        } catch (EditConflict changedMeanwhile) {
            conflict = changedMeanwhile.current();
        } catch (TransactionalException failed) {
            if (!Refusal.changedMeanwhile(failed)) {
                throw failed;
            }
            // Someone committed between our check and our commit: the same conflict, found by @Version.
            reload();
            conflict = element(form.getElementId());
        } catch (PlanNotEditable adoptedMeanwhile) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.adopted");
            reload();
        }
    }

    /** After a conflict: save the person's texts over the version now saved, knowingly. */
    public void keepMine() {
        form.startFrom(conflict.version());
        conflict = null;
        save();
    }

    /** After a conflict: drop the person's texts and edit the version now saved. */
    public void takeSaved() {
        form = ElementForm.of(conflict);
        conflict = null;
    }

    public void cancel() {
        form = null;
        conflict = null;
    }

    /** How the schedule being typed reads, e.g. "Période : 2019-03-20 → 2019-06-20". */
    public String getScheduleReading() {
        return form == null ? "" : ScheduleReading.of(form.getSchedule(), messages);
    }

    /** Reads the plan's follow-up and shows the plan with the current filters. */
    @Override
    protected void loaded(PlanOutline outline) {
        followUp = followUpService.of(getOutline().id());
        followable = followUpService.followable(actor.get(), getOutline().id());
        rebuild();
    }

    PlanOutline.Element element(long elementId) {
        return getOutline().elements().stream().filter(element -> element.id() == elementId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No element " + elementId + " in this plan"));
    }

    public LocalDate getAdoptionDate() {
        return adoptionDate;
    }

    public void setAdoptionDate(LocalDate adoptionDate) {
        this.adoptionDate = adoptionDate;
    }

    public String getAdoptingBody() {
        return adoptingBody;
    }

    public void setAdoptingBody(String adoptingBody) {
        this.adoptingBody = adoptingBody;
    }

    public String getAdoptionComment() {
        return adoptionComment;
    }

    public void setAdoptionComment(String adoptionComment) {
        this.adoptionComment = adoptionComment;
    }

    public ElementForm getForm() {
        return form;
    }

    public PlanOutline.Element getConflict() {
        return conflict;
    }

    public void expandAll() {
        setExpanded(root, true);
    }

    public void collapseAll() {
        setExpanded(root, false);
    }

    private void setExpanded(TreeNode<PlanRow> node, boolean expanded) {
        for (TreeNode<PlanRow> child : node.getChildren()) {
            child.setExpanded(expanded);
            setExpanded(child, expanded);
        }
    }

    private PlanRow row(PlanOutline.Element element) {
        boolean heading = getOutline().isHeading(element);
        return new PlanRow(element, getOutline().label(element, language.getLocale()), heading,
                followUp.latest(element.id()).orElse(null),
                !heading && followable.contains(element.id()) && getOutline().status() != PlanStatus.ARCHIVED);
    }

    public PlanFollowUp getFollowUp() {
        return followUp;
    }

    /** The shared fields of action, for the filter and the editor, labelled in the page's language. */
    public List<SelectItem> getFieldsOfAction() {
        return catalog.fieldsOfAction().stream()
                .map(field -> new SelectItem(field.code(), field.label(language.getLocale()))).toList();
    }

    public String getFieldOfAction() {
        return fieldOfAction;
    }

    public void setFieldOfAction(String fieldOfAction) {
        this.fieldOfAction = fieldOfAction;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    /** Every lead the plan names, for the filter. */
    public List<String> getLeads() {
        return getOutline().elements().stream().map(PlanOutline.Element::lead).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The adoption date as the page's language writes it, e.g. "24 mai 2018". */
    public String getAdoptedOn() {
        return getOutline().adoptedOn() == null ? "" : getOutline().adoptedOn().format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()));
    }


    public int getShownRows() {
        return count(root);
    }

    private static int count(TreeNode<PlanRow> node) {
        return node.getChildren().stream().mapToInt(child -> 1 + count(child)).sum();
    }


    public TreeNode<PlanRow> getRoot() {
        return root;
    }



    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }
}
