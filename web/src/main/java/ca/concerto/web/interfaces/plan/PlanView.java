package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.followup.Due;
import ca.concerto.domain.application.followup.FollowUpService;
import ca.concerto.domain.application.followup.FollowedPlan;
import ca.concerto.domain.application.followup.PlanDashboards;
import ca.concerto.domain.application.followup.PlanFollowUp;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.text.Folding;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.LanguageSelection;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A plan as it reads in the body's documents: headings per level, then the rows of its actions and
 * activities with their fields; collapsible, searchable, filtered by lead, field of action, status and
 * due period. Only the person's own body's plans can be found: another body's plan number is "not found"
 * like any number that is no plan. Editing is {@link ElementEditor}'s, adoption and versions
 * {@link PlanLifecycle}'s.
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

    private FollowedPlan followed;
    private String search = "";
    private String lead = "";
    private String fieldOfAction = "";
    private String status = "";
    private String due = "";
    private List<PlanRow> rows = List.of();
    private Set<ElementField> columns;
    private List<OutlineLine> outlineLines;
    private boolean followedUp;

    /** The plan, its follow-up and what the person may follow up: one call, one load of the tree. */
    @Override
    protected Optional<PlanOutline> read(long planId) {
        followed = followUpService.followed(actor.get(), planId).orElse(null);
        return Optional.ofNullable(followed).map(FollowedPlan::outline);
    }

    @Override
    protected void loaded(PlanOutline outline) {
        columns = outline.filledFields();
        Map<Long, PlanOutline.Element> byId = new HashMap<>();
        outline.elements().forEach(element -> byId.put(element.id(), element));
        outlineLines = PlanDashboards.branches(outline, followed.followUp()).stream().map(branch -> {
            PlanOutline.Element heading = byId.get(branch.elementId());
            return new OutlineLine(heading.id(), heading.depth(), outline.label(heading, language.getLocale()), heading.title(),
                    branch.progress(), branch.items(), branch.reported());
        }).toList();
        followedUp = outlineLines.size() < outline.elements().size();
        rebuild();
    }

    /** True when the plan's table shows the field's column: some element of the plan fills it. */
    public boolean shows(ElementField field) {
        getOutline();
        return columns.contains(field);
    }

    /** The follow-up column, for plans with actions or activities to follow (not only headings). */
    public boolean isFollowedUp() {
        getOutline();
        return followedUp;
    }

    /** The plan's axes, orientations and objectives, in order, with their progress. */
    public List<OutlineLine> getOutlineLines() {
        getOutline();
        return outlineLines;
    }

    /** Shows the rows that match the search and the filters, with the headings above them. */
    public void rebuild() {
        String folded = Folding.fold(search == null ? "" : search.strip());
        List<PlanOutline.Element> elements = getOutline().elements();
        Map<Long, PlanOutline.Element> byId = new HashMap<>();
        elements.forEach(element -> byId.put(element.id(), element));
        Map<Long, String> effectiveLeads = getOutline().effectiveLeads();
        Map<Long, PlanRow> candidates = new HashMap<>();
        Set<Long> kept = new HashSet<>();
        for (PlanOutline.Element element : elements) {
            PlanRow row = row(element);
            candidates.put(element.id(), row);
            Optional<PlanFollowUp.Report> latest = followed.followUp().latest(element.id());
            boolean matches = (folded.isEmpty() || row.mentions(folded))
                    && (isBlank(lead) || lead.equals(effectiveLeads.get(element.id())))
                    && (isBlank(fieldOfAction) || element.fieldsOfAction().contains(fieldOfAction))
                    && (isBlank(status) || !row.headingRow() && status.equals(row.getStatus()))
                    && (isBlank(due) || !row.headingRow() && Due.valueOf(due).matches(element, latest, followed.today()));
            Long at = matches ? element.id() : null;
            while (at != null && kept.add(at)) {
                at = byId.get(at).parentId();
            }
        }
        rows = elements.stream().filter(element -> kept.contains(element.id())).map(element -> candidates.get(element.id())).toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }

    private PlanRow row(PlanOutline.Element element) {
        boolean heading = getOutline().isHeading(element);
        return new PlanRow(element, getOutline().label(element, language.getLocale()), heading,
                followed.followUp().latest(element.id()).orElse(null),
                !heading && followed.followable().contains(element.id()) && getOutline().status() != PlanStatus.ARCHIVED,
                !getOutline().childLevelsOf(element.levelCode()).isEmpty());
    }

    /** Coordinators change draft plans; everyone else reads. The server checks again at every save. */
    public boolean isEditable() {
        return getOutline() != null && getOutline().status() == PlanStatus.DRAFT && isCoordinator();
    }

    boolean isCoordinator() {
        return Rights.mayEditPlans(actor.get());
    }

    /** The coordination and the auditors read the plan's history. */
    public boolean isHistoryReadable() {
        return Rights.mayReadHistory(actor.get());
    }

    public PlanFollowUp getFollowUp() {
        getOutline();
        return followed.followUp();
    }

    /** The shared fields of action, for the filter and the editor, labelled in the page's language. */
    public List<SelectItem> getFieldsOfAction() {
        getOutline();
        boolean english = "en".equals(language.getLocale().getLanguage());
        return followed.fieldsOfAction().stream()
                .map(field -> new SelectItem(field.code(), english ? field.labelEn() : field.labelFr())).toList();
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
        getOutline();
        return rows.size();
    }

    /**
     * The rows shown, each heading above the rows under it, in the plan's order; like every getter here, reads the
     * plan again if Mojarra handed a new bean (see PlanPage).
     */
    public List<PlanRow> getRows() {
        getOutline();
        return rows;
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
}
