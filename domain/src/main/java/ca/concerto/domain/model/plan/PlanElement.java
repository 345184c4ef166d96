package ca.concerto.domain.model.plan;

import static ca.concerto.domain.model.shared.TextLimits.eachWithin;
import static ca.concerto.domain.model.shared.TextLimits.within;

import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;

/**
 * One element of a plan's tree: an axis, an orientation, an objective, an action, an activity... as the
 * plan's template names its levels. Actions and activities carry the fields of the plans' tables:
 * schedule, lead, collaborators, result indicators, target groups, expected results, fields of action.
 * Every change goes through the plan's rule: only a draft changes.
 */
@Entity
@Table(name = "plan_element")
@Audited(withModifiedFlag = true)
public class PlanElement {

    @Id
    @GeneratedValue(generator = "plan_element_seq")
    @SequenceGenerator(name = "plan_element_seq", sequenceName = "plan_element_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private PlanElement parent;

    /** Order among the parent's children, from 0. */
    @Column(nullable = false)
    private int position;

    /** The template level, e.g. "axe", "orientation", "objectif", "action", "activite". */
    @Column(name = "level_code", nullable = false)
    private String levelCode;

    /** The numbering the document gives, e.g. "1.1.1" or "AXE 1"; may be absent. */
    private String number;

    @Column(nullable = false)
    private String title;

    private String description;

    @Embedded
    private Schedule schedule;

    @Embedded
    private Lead lead;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "plan_element_collaborator", joinColumns = @JoinColumn(name = "element_id"))
    @OrderColumn(name = "position")
    private List<Collaborator> collaborators = new ArrayList<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "plan_element_indicator", joinColumns = @JoinColumn(name = "element_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> resultIndicators = new ArrayList<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "plan_element_target_group", joinColumns = @JoinColumn(name = "element_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> targetGroups = new ArrayList<>();

    @Column(name = "expected_results")
    private String expectedResults;

    /** Codes of the network's shared fields of action, e.g. "early-literacy". */
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "plan_element_field_of_action", joinColumns = @JoinColumn(name = "element_id"))
    @Column(name = "field_code", nullable = false)
    private Set<String> fieldsOfAction = new LinkedHashSet<>();

    /** Codes of fields of action a coordinator refused among those Concerto suggested: not suggested again. */
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "plan_element_rejected_field", joinColumns = @JoinColumn(name = "element_id"))
    @Column(name = "field_code", nullable = false)
    private Set<String> rejectedFieldsOfAction = new LinkedHashSet<>();

    /** The element of the earlier version of the plan this one was copied from; null for an original. */
    @Column(name = "origin_id")
    private Long originId;

    @Version
    private int version;

    protected PlanElement() {
    }

    PlanElement(Plan plan, PlanElement parent, int position, String levelCode, String number, String title) {
        this.plan = plan;
        this.parent = parent;
        this.position = position;
        this.levelCode = Objects.requireNonNull(levelCode, "levelCode");
        this.number = within(number, TextLimits.NAME, "number");
        this.title = within(Objects.requireNonNull(title, "title").strip(), TextLimits.LINE, "title");
    }

    PlanElement copyInto(Plan otherPlan, PlanElement otherParent) {
        PlanElement copy = new PlanElement(otherPlan, otherParent, position, levelCode, number, title);
        copy.originId = id;
        copy.description = description;
        copy.schedule = schedule == null ? null : schedule.carriedTo(plan.period(), otherPlan.period());
        copy.lead = lead;
        copy.collaborators.addAll(collaborators);
        copy.resultIndicators.addAll(resultIndicators);
        copy.targetGroups.addAll(targetGroups);
        copy.expectedResults = expectedResults;
        copy.fieldsOfAction.addAll(fieldsOfAction);
        copy.rejectedFieldsOfAction.addAll(rejectedFieldsOfAction);
        return copy;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void placeUnder(PlanElement newParent) {
        this.parent = newParent;
    }

    public void retitle(String title) {
        plan.ensureEditable();
        if (title == null || title.isBlank()) {
            throw new InvalidInput("title", "A plan element needs a title");
        }
        this.title = within(title.strip(), TextLimits.LINE, "title");
    }

    /** The numbering the body gives the element, e.g. "1.1.2"; null for none. */
    public void renumber(String number) {
        plan.ensureEditable();
        this.number = within(number, TextLimits.NAME, "number");
    }

    public void describe(String description) {
        plan.ensureEditable();
        this.description = within(description, TextLimits.PARAGRAPHS, "description");
    }

    /** Sets the schedule from its text; the interval is derived with the plan's period. */
    public void schedule(String text) {
        plan.ensureEditable();
        this.schedule = text == null || text.isBlank() ? null
                : Schedule.of(within(text, TextLimits.LINE, "schedule"), plan.period());
    }

    public void lead(Lead lead) {
        plan.ensureEditable();
        within(lead == null ? null : lead.text(), TextLimits.LINE, "lead");
        this.lead = lead;
    }

    public void collaborators(Collection<Collaborator> collaborators) {
        plan.ensureEditable();
        eachWithin(collaborators.stream().map(Collaborator::name).toList(), TextLimits.LINE, "collaborators");
        this.collaborators.clear();
        this.collaborators.addAll(collaborators);
    }

    public void resultIndicators(Collection<String> indicators) {
        plan.ensureEditable();
        this.resultIndicators.clear();
        this.resultIndicators.addAll(eachWithin(indicators, TextLimits.LINE, "resultIndicators"));
    }

    public void targetGroups(Collection<String> groups) {
        plan.ensureEditable();
        this.targetGroups.clear();
        this.targetGroups.addAll(eachWithin(groups, TextLimits.LINE, "targetGroups"));
    }

    public void expectedResults(String expectedResults) {
        plan.ensureEditable();
        this.expectedResults = within(expectedResults, TextLimits.PARAGRAPHS, "expectedResults");
    }

    public void fieldsOfAction(Collection<String> codes) {
        plan.ensureEditable();
        this.fieldsOfAction.clear();
        this.fieldsOfAction.addAll(codes);
    }

    /**
     * The fields of action its words and its parents' speak of ({@link FieldOfActionVocabulary}), that it does
     * not carry yet and that nobody refused for it: suggestions a coordinator accepts or refuses; only accepted
     * ones count for the network.
     */
    public Set<String> suggestedFieldsOfAction() {
        StringBuilder words = new StringBuilder();
        for (PlanElement element = this; element != null; element = element.parent) {
            words.append(element.title).append('\n');
        }
        words.append(description == null ? "" : description).append('\n')
                .append(expectedResults == null ? "" : expectedResults).append('\n')
                .append(String.join("\n", resultIndicators)).append('\n').append(String.join("\n", targetGroups));
        Set<String> suggested = new java.util.LinkedHashSet<>(FieldOfActionVocabulary.fieldsIn(words.toString()));
        suggested.removeAll(fieldsOfAction);
        suggested.removeAll(rejectedFieldsOfAction);
        return suggested;
    }

    /** Refuses the suggested fields of action: they are not suggested again for it (a draft only). */
    public void rejectSuggestedFieldsOfAction() {
        Set<String> suggested = suggestedFieldsOfAction();
        if (!suggested.isEmpty()) {
            plan.ensureEditable();
            this.rejectedFieldsOfAction.addAll(suggested);
        }
    }

    /** Adds the suggested fields of action to those it carries (a draft only). */
    public void acceptSuggestedFieldsOfAction() {
        Set<String> suggested = suggestedFieldsOfAction();
        if (!suggested.isEmpty()) {
            plan.ensureEditable();
            this.fieldsOfAction.addAll(suggested);
        }
    }

    /**
     * The organisation that leads this element: its own lead's, else, when it names no lead, its parent's,
     * as the documents' merged cells say. Empty when the lead is no known organisation.
     */
    public Optional<Organisation> leadingOrganisation() {
        if (lead != null) {
            return Optional.ofNullable(lead.organisation());
        }
        return parent == null ? Optional.empty() : parent.leadingOrganisation();
    }

    public Long id() {
        return id;
    }

    public Long originId() {
        return originId;
    }

    public Plan plan() {
        return plan;
    }

    public PlanElement parent() {
        return parent;
    }

    public int position() {
        return position;
    }

    public String levelCode() {
        return levelCode;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Schedule schedule() {
        return schedule;
    }

    public Lead lead() {
        return lead;
    }

    public List<Collaborator> collaborators() {
        return Collections.unmodifiableList(collaborators);
    }

    public List<String> resultIndicators() {
        return Collections.unmodifiableList(resultIndicators);
    }

    public List<String> targetGroups() {
        return Collections.unmodifiableList(targetGroups);
    }

    public String expectedResults() {
        return expectedResults;
    }

    public Set<String> fieldsOfAction() {
        return Collections.unmodifiableSet(fieldsOfAction);
    }

    public int version() {
        return version;
    }
}
