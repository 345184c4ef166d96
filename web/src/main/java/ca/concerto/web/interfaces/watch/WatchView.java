package ca.concerto.web.interfaces.watch;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.watch.AssessmentLine;
import ca.concerto.domain.application.watch.PolicyWatch;
import ca.concerto.domain.application.watch.WatchItemEntry;
import ca.concerto.domain.application.watch.WatchItemLine;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.shared.ChangedMeanwhile;
import ca.concerto.domain.model.template.FieldOfAction;
import ca.concerto.domain.model.watch.Impact;
import ca.concerto.domain.model.watch.Jurisdiction;
import ca.concerto.domain.model.watch.PolicyStatus;
import ca.concerto.domain.model.watch.PolicyWatchItem;
import ca.concerto.tenancy.domain.NetworkAssessment;
import ca.concerto.web.application.watch.OtherBodiesAssessments;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.LanguageSelection;
import ca.concerto.web.interfaces.language.Messages;
import ca.concerto.web.interfaces.plan.ElementChoices;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public-policy watch: the shared board, posting to it, the body's own assessment of an item, and the
 * assessments others may see (the shared ones for a body, all of them for the network).
 */
@Named
@ViewScoped
public class WatchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PolicyWatch watch;

    @Inject
    PlanCatalog catalog;

    @Inject
    OtherBodiesAssessments otherBodies;


    @Inject
    CurrentActor actor;


    @Inject
    LanguageSelection language;

    @Inject
    Messages messages;

    private List<WatchItemLine> items = List.of();
    private List<FieldOfAction> fields = List.of();
    private WatchItemLine selected;
    private List<NetworkAssessment> others = List.of();
    private List<SelectItem> elementChoices;

    private String title;
    private Jurisdiction jurisdiction = Jurisdiction.QUEBEC;
    private LocalDate publishedOn;
    private String sourceUrl;
    private String summary;
    private List<String> itemFields = new ArrayList<>();
    private PolicyStatus status = PolicyStatus.ANNOUNCED;

    private Impact impact = Impact.MEDIUM;
    private boolean actionNeeded;
    private String note;
    private boolean shared;
    private List<Long> elementIds = new ArrayList<>();
    private Integer fromVersion;

    public void load() {
        PolicyWatch.Board board = watch.open(actor.get());
        items = board.items();
        fields = board.fieldsOfAction();
    }

    public void select(WatchItemLine item) {
        selected = item;
        others = otherBodies.of(item.id(), actor.get());
        if (isInTenant()) {
            AssessmentLine own = watch.assessment(item.id()).orElse(null);
            impact = own == null ? Impact.MEDIUM : own.impact();
            actionNeeded = own != null && own.actionNeeded();
            note = own == null ? null : own.note();
            shared = own != null && own.shared();
            elementIds = own == null ? new ArrayList<>() : new ArrayList<>(own.elementIds());
            fromVersion = own == null ? null : own.version();
        }
    }

    public void post() {
        try {
            watch.post(actor.get(), new WatchItemEntry(title, jurisdiction, publishedOn, sourceUrl, summary, itemFields, status));
            messages.add(FacesMessage.SEVERITY_INFO, "watch.posted");
            title = null;
            sourceUrl = null;
            summary = null;
            itemFields = new ArrayList<>();
            items = watch.items();
        } catch (PolicyWatchItem.InvalidSource invalid) {
            FacesContext.getCurrentInstance().addMessage("post:source",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("watch.source.invalid"), null));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void assess() {
        try {
            AssessmentLine saved = watch.assess(actor.get(), selected.id(), impact, actionNeeded, note, shared, elementIds, fromVersion);
            fromVersion = saved.version();
            messages.add(FacesMessage.SEVERITY_INFO, "watch.assessed");
        } catch (ChangedMeanwhile changedMeanwhile) {
            messages.add(FacesMessage.SEVERITY_ERROR, "watch.changedMeanwhile");
        }
    }

    public boolean isInTenant() {
        return actor.get().body().isPresent();
    }

    public boolean isNetwork() {
        return Rights.mayCompareNetwork(actor.get());
    }

    public boolean isEditable() {
        return isInTenant() && Rights.mayEditPlans(actor.get());
    }

    public String fieldLabel(String code) {
        return fields.stream().filter(field -> field.code().equals(code)).findFirst()
                .map(field -> field.label(language.getLocale())).orElse(code);
    }

    public List<SelectItem> getFieldChoices() {
        return fields.stream().map(field -> new SelectItem(field.code(), field.label(language.getLocale()))).toList();
    }

    public List<SelectItem> getElementChoices() {
        if (elementChoices == null) {
            elementChoices = isInTenant() ? ElementChoices.of(catalog) : List.of();
        }
        return elementChoices;
    }

    public Jurisdiction[] getJurisdictions() {
        return Jurisdiction.values();
    }

    public PolicyStatus[] getStatuses() {
        return PolicyStatus.values();
    }

    public Impact[] getImpacts() {
        return Impact.values();
    }

    public List<WatchItemLine> getItems() {
        return items;
    }

    public WatchItemLine getSelected() {
        return selected;
    }

    public List<NetworkAssessment> getOthers() {
        return others;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getItemFields() {
        return itemFields;
    }

    public void setItemFields(List<String> itemFields) {
        this.itemFields = itemFields == null ? new ArrayList<>() : new ArrayList<>(itemFields);
    }

    public PolicyStatus getStatus() {
        return status;
    }

    public void setStatus(PolicyStatus status) {
        this.status = status;
    }

    public Impact getImpact() {
        return impact;
    }

    public void setImpact(Impact impact) {
        this.impact = impact;
    }

    public boolean isActionNeeded() {
        return actionNeeded;
    }

    public void setActionNeeded(boolean actionNeeded) {
        this.actionNeeded = actionNeeded;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }

    public List<Long> getElementIds() {
        return elementIds;
    }

    public void setElementIds(List<Long> elementIds) {
        this.elementIds = elementIds == null ? new ArrayList<>() : new ArrayList<>(elementIds);
    }
}
