package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** The plan page's actions on the whole plan: record its adoption, start a new version, archive it. */
@Named
@ViewScoped
public class PlanLifecycle implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanView plan;

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    @Inject
    Messages messages;

    private LocalDate adoptionDate;
    private String adoptingBody;
    private String adoptionComment;

    /** A coordinator records the adoption of a draft. */
    public boolean isAdoptable() {
        return plan.isEditable();
    }

    /** A coordinator starts a new draft from an adopted or archived plan. */
    public boolean isRenewable() {
        return plan.getOutline() != null && plan.getOutline().status() != PlanStatus.DRAFT && plan.isCoordinator();
    }

    /** A coordinator archives a plan that is no longer in force; it stays readable. */
    public boolean isArchivable() {
        return plan.getOutline() != null && plan.getOutline().status() != PlanStatus.ARCHIVED && plan.isCoordinator();
    }

    /** Records the adoption, then shows the plan afresh, read-only; stays in the dialog when refused. */
    public String adopt() {
        if (!isAdoptable()) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.refused");
            return null;
        }
        try {
            catalog.adopt(plan.getOutline().id(), adoptionDate, adoptingBody, actor.get(), adoptionComment);
            messages.add(FacesMessage.SEVERITY_INFO, "plan.adopt.done");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/plan?faces-redirect=true&id=" + plan.getOutline().id();
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
        long draft = catalog.startNewVersion(plan.getOutline().id(), actor.get(), messages.text("plan.newVersion.comment"));
        return "/plan?faces-redirect=true&id=" + draft;
    }

    public void archive() {
        catalog.archive(plan.getOutline().id(), actor.get(), messages.text("plan.archive.comment"));
        messages.add(FacesMessage.SEVERITY_INFO, "plan.archive.done");
        plan.reload();
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
}
