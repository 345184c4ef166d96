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
public class PlanView extends PlanPage<PlanView.Reading> {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageSelection language;

    @Inject
    CurrentActor actor;

    @Inject
    FollowUpService followUpService;

    private String search = "";
    private String lead = "";
    private String fieldOfAction = "";
    private String status = "";
    private String due = "";

    /** What the page reads and works out in one request. */
    static final class Reading {
        final FollowedPlan followed;
        final Set<ElementField> columns;
        final List<OutlineLine> outlineLines;
        final boolean followedUp;
        /** The rows the filters keep; null until asked for, and again once the filters change. */
        List<PlanRow> rows;

        Reading(FollowedPlan followed, List<OutlineLine> outlineLines) {
            this.followed = followed;
            this.columns = followed.outline().filledFields();
            this.outlineLines = outlineLines;
            this.followedUp = outlineLines.size() < followed.outline().elements().size();
        }
    }

    /** The plan, its follow-up and what the person may follow up: one call, one load of the tree. */
    @Override
    protected Optional<Reading> read(long planId) {
        return followUpService.followed(actor.get(), planId).map(followed -> new Reading(followed, outlineLines(followed)));
    }

    @Override
    protected PlanOutline outlineOf(Reading reading) {
        return reading.followed.outline();
    }

    private List<OutlineLine> outlineLines(FollowedPlan followed) {
        PlanOutline outline = followed.outline();
        Map<Long, PlanOutline.Element> byId = new HashMap<>();
        outline.elements().forEach(element -> byId.put(element.id(), element));
        return PlanDashboards.branches(outline, followed.followUp()).stream().map(branch -> {
            PlanOutline.Element heading = byId.get(branch.elementId());
            return new OutlineLine(heading.id(), heading.depth(), outline.label(heading, language.getLocale()), heading.title(),
                    branch.progress(), branch.items(), branch.reported());
        }).toList();
    }

    /** True when the plan's table shows the field's column: some element of the plan fills it. */
    public boolean shows(ElementField field) {
        return reading().columns.contains(field);
    }

    /** The follow-up column, for plans with actions or activities to follow (not only headings). */
    public boolean isFollowedUp() {
        return reading().followedUp;
    }

    /** The plan's axes, orientations and objectives, in order, with their progress. */
    public List<OutlineLine> getOutlineLines() {
        return reading().outlineLines;
    }

    /** Shows the rows that match the search and the filters as they now are, with the headings above them. */
    public void rebuild() {
        Reading reading = reading();
        if (reading != null) {
            reading.rows = null;
        }
    }

    private List<PlanRow> rows(Reading reading) {
        FollowedPlan followed = reading.followed;
        PlanOutline outline = followed.outline();
        String folded = Folding.fold(search == null ? "" : search.strip());
        Map<Long, PlanOutline.Element> byId = new HashMap<>();
        outline.elements().forEach(element -> byId.put(element.id(), element));
        Map<Long, String> effectiveLeads = outline.effectiveLeads();
        Map<Long, PlanRow> candidates = new HashMap<>();
        Set<Long> kept = new HashSet<>();
        for (PlanOutline.Element element : outline.elements()) {
            PlanRow row = row(followed, element);
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
        return outline.elements().stream().filter(element -> kept.contains(element.id()))
                .map(element -> candidates.get(element.id())).toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }

    private PlanRow row(FollowedPlan followed, PlanOutline.Element element) {
        PlanOutline outline = followed.outline();
        boolean heading = outline.isHeading(element);
        return new PlanRow(element, outline.label(element, language.getLocale()), heading,
                followed.followUp().latest(element.id()).orElse(null),
                !heading && followed.followable().contains(element.id()) && outline.status() != PlanStatus.ARCHIVED,
                !outline.childLevelsOf(element.levelCode()).isEmpty());
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
        return reading().followed.followUp();
    }

    /** The shared fields of action, for the filter and the editor, labelled in the page's language. */
    public List<SelectItem> getFieldsOfAction() {
        boolean english = "en".equals(language.getLocale().getLanguage());
        return reading().followed.fieldsOfAction().stream()
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
        return getRows().size();
    }

    /** The rows shown, each heading above the rows under it, in the plan's order. */
    public List<PlanRow> getRows() {
        Reading reading = reading();
        if (reading.rows == null) {
            reading.rows = rows(reading);
        }
        return reading.rows;
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
