package ca.concerto.domain.model.plan;

import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A plan of a concertation body: the sections of its text (vision, mission, history, credits...) and a
 * tree of elements whose levels come from the plan's template. A draft changes freely; adopting it freezes it exactly as
 * adopted; later changes go into a new draft version of the same lineage.
 */
@Entity
@Table(name = "plan")
@Audited(withModifiedFlag = true)
public class Plan {

    @Id
    @GeneratedValue(generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private Long id;

    /** Shared by every version of the same plan. */
    @Column(nullable = false)
    private UUID lineage;

    /** 1 for the first version, then 2, 3... */
    @Column(nullable = false)
    private int edition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "derived_from_id")
    private Plan derivedFrom;

    @Column(nullable = false)
    private String title;

    /** As the title page prints it; the template's kind when the plan was made. */
    @Embedded
    private PlanKind kind;

    /** The shared template the plan's levels come from. */
    @Column(name = "template_code", nullable = false)
    private String templateCode;

    @Embedded
    private Period period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "adopting_body")
    private String adoptingBody;

    /** The client's name for the request that created the plan: never part of the plan's history. */
    @NotAudited
    @Column(name = "creation_key")
    private String creationKey;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("reachedOn, id")
    private List<PlanMilestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    private List<PlanElement> elements = new ArrayList<>();

    @Version
    private int version;

    protected Plan() {
    }

    public Plan(String title, PlanKind kind, String templateCode, Period period) {
        this.lineage = UUID.randomUUID();
        this.edition = 1;
        this.title = TextLimits.within(Objects.requireNonNull(title, "title").strip(), TextLimits.NAME, "title");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.templateCode = Objects.requireNonNull(templateCode, "templateCode");
        this.period = Objects.requireNonNull(period, "period");
        this.status = PlanStatus.DRAFT;
    }

    /** A section of the plan's text at a position among the others (null: at the end). */
    public PlanSection addSection(SectionKind kind, String title, String body, Integer position) {
        ensureEditable();
        if (sections.size() >= TextLimits.ITEMS) {
            throw new InvalidInput("sections", "A plan has at most " + TextLimits.ITEMS + " sections");
        }
        PlanSection section = new PlanSection(this, sections.size(), kind, title, body);
        List<PlanSection> ordered = new ArrayList<>(sections());
        ordered.add(position == null ? ordered.size() : Math.max(0, Math.min(position, ordered.size())), section);
        sections.add(section);
        renumberSections(ordered);
        return section;
    }

    /** New kind, title and text for a section, and its place among the others (null: where it is). */
    public void rewriteSection(PlanSection section, SectionKind kind, String title, String body, Integer position) {
        ensureEditable();
        ensureHolds(section);
        section.write(kind, title, body);
        if (position != null) {
            List<PlanSection> ordered = new ArrayList<>(sections());
            ordered.remove(section);
            ordered.add(Math.max(0, Math.min(position, ordered.size())), section);
            renumberSections(ordered);
        }
    }

    public void removeSection(PlanSection section) {
        ensureEditable();
        ensureHolds(section);
        sections.remove(section);
        renumberSections(sections());
    }

    private void ensureHolds(PlanSection section) {
        if (!sections.contains(section)) {
            throw new InvalidInput("sectionId", "The section belongs to another plan");
        }
    }

    private static void renumberSections(List<PlanSection> ordered) {
        for (int position = 0; position < ordered.size(); position++) {
            ordered.get(position).moveTo(position);
        }
    }

    /**
     * Records a milestone of this version other than its adoption, on any version, adopted or not: it
     * freezes nothing and changes none of the plan's content.
     */
    public PlanMilestone recordMilestone(MilestoneKind kind, LocalDate on, String counterpart, String note) {
        PlanMilestone milestone = new PlanMilestone(this, kind, on, counterpart, note);
        milestones.add(milestone);
        return milestone;
    }

    public void removeMilestone(PlanMilestone milestone) {
        if (!milestones.remove(milestone)) {
            throw new InvalidInput("milestoneId", "The milestone belongs to another plan");
        }
    }

    public void retitle(String title) {
        ensureEditable();
        this.title = TextLimits.within(Objects.requireNonNull(title, "title").strip(), TextLimits.NAME, "title");
    }

    /**
     * Adds an element under a parent (null for the top level), after its existing children, at a level the
     * rule (the plan's template) allows there.
     */
    public PlanElement addElement(LevelRule rule, PlanElement parent, String levelCode, String number, String title) {
        ensureEditable();
        if (parent != null && !holds(parent)) {
            throw new InvalidInput("parentId", "The parent element belongs to another plan");
        }
        ensureAllowed(rule, parent, levelCode);
        PlanElement element = new PlanElement(this, parent, children(parent).size(), levelCode, number, title);
        elements.add(element);
        return element;
    }

    /** Removes an element with everything under it. */
    public void removeElement(PlanElement element) {
        ensureEditable();
        elements.removeAll(withDescendants(element));
        renumber(children(element.parent()));
    }

    /** The element and everything under it, in the document's order: what goes when it is removed. */
    public List<PlanElement> withDescendants(PlanElement element) {
        List<PlanElement> all = new ArrayList<>();
        collect(element, all);
        return all;
    }

    /**
     * Moves an element, with everything under it, to a position among the children of a new parent
     * (null for the top level); the position is clamped to the siblings there.
     */
    public void moveElement(LevelRule rule, PlanElement element, PlanElement newParent, int newPosition) {
        ensureEditable();
        if (newParent != null && (!holds(newParent)
                || withDescendants(element).stream().anyMatch(moved -> moved.id() != null && moved.id().equals(newParent.id())))) {
            throw new InvalidInput("An element cannot move under itself or into another plan");
        }
        if (newParent != element.parent()) {
            ensureAllowed(rule, newParent, element.levelCode());
        }
        List<PlanElement> oldSiblings = new ArrayList<>(children(element.parent()));
        oldSiblings.remove(element);
        renumber(oldSiblings);
        List<PlanElement> newSiblings = new ArrayList<>(children(newParent));
        newSiblings.remove(element);
        newSiblings.add(Math.max(0, Math.min(newPosition, newSiblings.size())), element);
        element.placeUnder(newParent);
        renumber(newSiblings);
    }

    private static void ensureAllowed(LevelRule rule, PlanElement parent, String levelCode) {
        String parentLevel = parent == null ? null : parent.levelCode();
        if (!rule.allows(parentLevel, levelCode)) {
            throw new InvalidInput("level", "The template has no level " + levelCode + " under "
                    + (parentLevel == null ? "the top of the plan" : parentLevel));
        }
    }

    /** True for an element of this plan, whether it or its plan is a persistence proxy. */
    private boolean holds(PlanElement element) {
        return element.plan() == this || id != null && id.equals(element.plan().id());
    }

    private static void renumber(List<PlanElement> siblings) {
        for (int position = 0; position < siblings.size(); position++) {
            siblings.get(position).moveTo(position);
        }
    }

    /** Records the client's name for the creation of this plan, by which a retried creation finds it. */
    public void createdBy(String key) {
        this.creationKey = key;
    }

    /** True when the committee adopted the plan exactly so: an adoption recorded already, asked again. */
    public boolean adoptedAs(LocalDate on, String adoptingBody) {
        return status == PlanStatus.ADOPTED && on != null && on.equals(adoptedOn) && adoptingBody != null
                && adoptingBody.strip().equals(this.adoptingBody);
    }

    /** The committee adopted the plan on that date: from now on it is read-only. */
    public void adopt(LocalDate on, String adoptingBody) {
        ensureEditable();
        this.adoptedOn = Objects.requireNonNull(on, "on");
        this.adoptingBody = Objects.requireNonNull(adoptingBody, "adoptingBody").strip();
        this.status = PlanStatus.ADOPTED;
    }

    public void archive() {
        if (status == PlanStatus.ARCHIVED) {
            return;
        }
        this.status = PlanStatus.ARCHIVED;
    }

    /**
     * A new draft of this adopted (or archived) plan, with a copy of every element, for the changes that
     * come after adoption. This plan stays exactly as adopted.
     *
     * @param nextEdition the lineage's next edition number, above every existing one
     */
    public Plan startNewVersion(int nextEdition) {
        if (status == PlanStatus.DRAFT) {
            throw new PlanIsDraft(title);
        }
        if (nextEdition <= edition) {
            throw new InvalidInput("A new version comes after edition " + edition + ", not " + nextEdition);
        }
        Plan next = copy(title, period);
        next.lineage = lineage;
        next.edition = nextEdition;
        return next;
    }

    /**
     * A new plan, of its own lineage, for a later period, starting from this one's text and elements:
     * how a body carries its plan forward. Schedules are read again against the new period.
     */
    public Plan carryForward(String newTitle, Period newPeriod) {
        return copy(newTitle, newPeriod);
    }

    private Plan copy(String newTitle, Period newPeriod) {
        Plan next = new Plan(newTitle, kind, templateCode, newPeriod);
        next.derivedFrom = this;
        sections().forEach(section -> next.sections.add(section.copyInto(next)));
        Map<PlanElement, PlanElement> copies = new HashMap<>();
        for (PlanElement original : inTreeOrder()) {
            PlanElement copy = original.copyInto(next, copies.get(original.parent()));
            copies.put(original, copy);
            next.elements.add(copy);
        }
        return next;
    }

    /** Only a draft changes. */
    public boolean isEditable() {
        return status == PlanStatus.DRAFT;
    }

    /** @throws PlanNotEditable unless the plan is a draft */
    public void ensureEditable() {
        if (!isEditable()) {
            throw new PlanNotEditable(title, status);
        }
    }

    /** The children of an element (null for the top level), in their order. */
    public List<PlanElement> children(PlanElement parent) {
        return elements.stream().filter(element -> element.parent() == parent)
                .sorted(Comparator.comparingInt(PlanElement::position)).toList();
    }

    /** Every element, parents before children, siblings in order: the order of the document. */
    public List<PlanElement> inTreeOrder() {
        List<PlanElement> ordered = new ArrayList<>(elements.size());
        for (PlanElement root : children(null)) {
            collect(root, ordered);
        }
        return ordered;
    }

    private void collect(PlanElement element, List<PlanElement> into) {
        into.add(element);
        for (PlanElement child : children(element)) {
            collect(child, into);
        }
    }

    public Long id() {
        return id;
    }

    public UUID lineage() {
        return lineage;
    }

    public int edition() {
        return edition;
    }

    public Plan derivedFrom() {
        return derivedFrom;
    }

    public String title() {
        return title;
    }

    public PlanKind kind() {
        return kind;
    }

    public String templateCode() {
        return templateCode;
    }

    public Period period() {
        return period;
    }

    public PlanStatus status() {
        return status;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public String adoptingBody() {
        return adoptingBody;
    }

    /** The sections of the plan's text, in the document's order. */
    public List<PlanSection> sections() {
        return sections.stream().sorted(Comparator.comparingInt(PlanSection::position)).toList();
    }

    /** The milestones of this version other than its adoption, by date. */
    public List<PlanMilestone> milestones() {
        return milestones.stream().sorted(Comparator.comparing(PlanMilestone::reachedOn)
                .thenComparing(milestone -> milestone.id() == null ? Long.MAX_VALUE : milestone.id())).toList();
    }

    public List<PlanElement> elements() {
        return Collections.unmodifiableList(elements);
    }

    public int version() {
        return version;
    }
}
