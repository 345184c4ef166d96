package ca.concerto.web.interfaces.home;

import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.LanguageSelection;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The coordination creates a plan: from a shared template, or by carrying an earlier plan forward. */
@Named
@ViewScoped
public class NewPlanView implements Serializable {

    /** This dialog's one creation: pressed twice, or retried, it opens the plan the first press created. */
    private final String creationKey = java.util.UUID.randomUUID().toString();

    private static final long serialVersionUID = 1L;

    /** Where the new plan starts from. */
    public enum Source { TEMPLATE, CARRY_FORWARD }

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    @Inject
    LanguageSelection language;

    @Inject
    Messages messages;

    private Source source = Source.TEMPLATE;
    private String templateCode = "annual-action-plan";
    private Long fromPlanId;
    private String title;
    private String periodLabel;
    private LocalDate start;
    private LocalDate end;
    private boolean starterContent = true;
    private List<SelectItem> templates;
    private List<SelectItem> plans;

    public boolean isAllowed() {
        return Rights.mayEditPlans(actor.get());
    }

    /** Creates the plan and opens it; stays in the dialog, with the reason next to the field, when refused. */
    public String create() {
        if (start != null && end != null && end.isBefore(start)) {
            FacesContext.getCurrentInstance().addMessage("newPlan:end",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("plans.new.periodInvalid"), null));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        NewPlan plan = new NewPlan(title, periodLabel, start, end, starterContent, creationKey);
        String comment = messages.text("plans.new.comment");
        long id = source == Source.CARRY_FORWARD && fromPlanId != null
                ? catalog.carryForward(fromPlanId, plan, actor.get(), comment)
                : catalog.create(templateCode, plan, actor.get(), comment);
        return "/plan?faces-redirect=true&id=" + id;
    }

    /** The shared templates, read once for the dialog. */
    public List<SelectItem> getTemplates() {
        if (templates == null) {
            templates = catalog.templates().stream()
                    .map(template -> new SelectItem(template.code(), template.name(language.getLocale()))).toList();
        }
        return templates;
    }

    /** The body's plans to carry forward, read once for the dialog. */
    public List<SelectItem> getPlans() {
        if (plans == null) {
            plans = catalog.plans().stream().map(plan -> new SelectItem(plan.id(),
                    plan.title() + (plan.edition() > 1 ? " (" + messages.text("plan.edition") + " " + plan.edition() + ")" : "")))
                    .toList();
        }
        return plans;
    }

    public Source[] getSources() {
        return Source.values();
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public Long getFromPlanId() {
        return fromPlanId;
    }

    public void setFromPlanId(Long fromPlanId) {
        this.fromPlanId = fromPlanId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public void setPeriodLabel(String periodLabel) {
        this.periodLabel = periodLabel;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public boolean isStarterContent() {
        return starterContent;
    }

    public void setStarterContent(boolean starterContent) {
        this.starterContent = starterContent;
    }
}
