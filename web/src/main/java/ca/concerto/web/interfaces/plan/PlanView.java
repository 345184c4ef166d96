package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.application.plans.EditConflict;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.plan.Schedule;
import ca.concerto.tenancy.application.CurrentTenant;
import ca.concerto.web.infrastructure.security.AuthenticatedMember;
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
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanCatalog catalog;

    @Inject
    LanguageSelection language;

    @Inject
    AuthenticatedMember member;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Messages messages;

    private ElementForm form;
    private PlanOutline.Element conflict;
    private LocalDate adoptionDate;
    private String adoptingBody;
    private String adoptionComment;

    private Long id;
    private PlanOutline outline;
    private String search = "";
    private String lead = "";
    private TreeNode<PlanRow> root;

    /** Loads the plan named by the page's {@code id} parameter. */
    public void load() {
        outline = id == null ? null : catalog.outline(id).orElse(null);
        if (outline == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        rebuild();
    }

    /** Shows the rows that match the search and the lead, with the headings above them. */
    public void rebuild() {
        String folded = Search.fold(search == null ? "" : search.strip());
        List<PlanOutline.Element> elements = outline.elements();
        Map<Long, PlanOutline.Element> byId = new HashMap<>();
        elements.forEach(element -> byId.put(element.id(), element));
        // A lead applies to everything under it, as the documents' merged cells say.
        Map<Long, String> effectiveLeads = new HashMap<>();
        Map<Long, PlanRow> rows = new HashMap<>();
        Set<Long> shown = new HashSet<>();
        for (PlanOutline.Element element : elements) {
            String effectiveLead = element.lead() != null || element.parentId() == null
                    ? element.lead() : effectiveLeads.get(element.parentId());
            effectiveLeads.put(element.id(), effectiveLead);
            PlanRow row = row(element);
            rows.put(element.id(), row);
            boolean matches = (folded.isEmpty() || row.mentions(folded))
                    && (lead == null || lead.isEmpty() || lead.equals(effectiveLead));
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

    /** Coordinators change draft plans; everyone else reads. The server checks again at every save. */
    public boolean isEditable() {
        return outline != null && outline.status() == PlanStatus.DRAFT && isCoordinator();
    }

    private boolean isCoordinator() {
        return member.roles().contains(Role.COORDINATOR);
    }

    /** A coordinator records the adoption of a draft. */
    public boolean isAdoptable() {
        return isEditable();
    }

    /** A coordinator starts a new draft from an adopted or archived plan. */
    public boolean isRenewable() {
        return outline != null && outline.status() != PlanStatus.DRAFT && isCoordinator();
    }

    /** Records the adoption, then shows the plan afresh, read-only; stays in the dialog when refused. */
    public String adopt() {
        if (!isAdoptable()) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.refused");
            return null;
        }
        try {
            catalog.adopt(outline.id(), adoptionDate, adoptingBody, actor.get(), adoptionComment);
            messages.add(FacesMessage.SEVERITY_INFO, "plan.adopt.done");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/plan?faces-redirect=true&id=" + outline.id();
        } catch (PlanNotEditable adoptedMeanwhile) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.adopted");
            return null;
        }
    }

    /** Starts a new draft from this plan and opens it. */
    public String startNewVersion() {
        if (!isRenewable()) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.refused");
            return null;
        }
        long draft = catalog.startNewVersion(outline.id(), actor.get(), messages.text("plan.newVersion.comment"));
        return "/plan?faces-redirect=true&id=" + draft;
    }

    private String tenantSlug() {
        return currentTenant.tenant().orElseThrow().slug().value();
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
        } catch (TransactionalException savedAtTheSameMoment) {
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
        if (form == null || form.getSchedule() == null || form.getSchedule().isBlank()) {
            return "";
        }
        Schedule schedule = Schedule.of(form.getSchedule(), null);
        String kind = messages.text("scheduleKind." + schedule.kind().name());
        return schedule.start().map(start -> kind + " : " + start + " → " + schedule.end().orElseThrow()).orElse(kind);
    }

    private void reload() {
        outline = catalog.outline(id).orElse(null);
        if (outline != null) {
            rebuild();
        }
    }

    private PlanOutline.Element element(long elementId) {
        return outline.elements().stream().filter(element -> element.id() == elementId).findFirst()
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
        return new PlanRow(element, outline.levelLabel(element.levelCode(), language.getLocale()), outline.isHeading(element));
    }

    /** Every lead the plan names, for the filter. */
    public List<String> getLeads() {
        return outline.elements().stream().map(PlanOutline.Element::lead).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The adoption date as the page's language writes it, e.g. "24 mai 2018". */
    public String getAdoptedOn() {
        return outline.adoptedOn() == null ? "" : outline.adoptedOn().format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()));
    }

    public boolean isFound() {
        return outline != null;
    }

    public int getShownRows() {
        return count(root);
    }

    private static int count(TreeNode<PlanRow> node) {
        return node.getChildren().stream().mapToInt(child -> 1 + count(child)).sum();
    }

    public PlanOutline getOutline() {
        return outline;
    }

    public TreeNode<PlanRow> getRoot() {
        return root;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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
