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
 * A plan of a concertation body: its text (vision, mission, mandates, roles) and a tree of elements whose
 * levels come from the plan's template. A draft changes freely; adopting it freezes it exactly as
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanType type;

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

    private String introduction;
    private String vision;
    private String mission;
    private String mandates;

    @Column(name = "roles")
    private String rolesText;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    private List<PlanElement> elements = new ArrayList<>();

    @Version
    private int version;

    protected Plan() {
    }

    public Plan(String title, PlanType type, String templateCode, Period period) {
        this.lineage = UUID.randomUUID();
        this.edition = 1;
        this.title = TextLimits.within(Objects.requireNonNull(title, "title").strip(), TextLimits.NAME, "title");
        this.type = Objects.requireNonNull(type, "type");
        this.templateCode = Objects.requireNonNull(templateCode, "templateCode");
        this.period = Objects.requireNonNull(period, "period");
        this.status = PlanStatus.DRAFT;
    }

    /** The plan's introduction and statements of purpose, as the document gives them. */
    public void describe(PlanStatements statements) {
        ensureEditable();
        this.introduction = statements.introduction();
        this.vision = statements.vision();
        this.mission = statements.mission();
        this.mandates = statements.mandates();
        this.rolesText = statements.roles();
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
        Plan next = new Plan(newTitle, type, templateCode, newPeriod);
        next.derivedFrom = this;
        next.describe(statements());
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

    public PlanType type() {
        return type;
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

    public PlanStatements statements() {
        return new PlanStatements(introduction, vision, mission, mandates, rolesText);
    }

    public List<PlanElement> elements() {
        return Collections.unmodifiableList(elements);
    }

    public int version() {
        return version;
    }
}
