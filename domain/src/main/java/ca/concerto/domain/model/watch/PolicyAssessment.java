package ca.concerto.domain.model.watch;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One tenant's assessment of a watch item (in the tenant's schema): the impact on its work, whether an
 * action is needed, a note, the elements of its plans concerned, and whether other tenants may see it.
 */
@Entity
@Table(name = "policy_assessment")
public class PolicyAssessment {

    @Id
    @GeneratedValue(generator = "policy_assessment_seq")
    @SequenceGenerator(name = "policy_assessment_seq", sequenceName = "policy_assessment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id", nullable = false, unique = true)
    private long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Impact impact;

    @Column(name = "action_needed", nullable = false)
    private boolean actionNeeded;

    private String note;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "assessed_by", nullable = false)
    private String assessedBy;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @ElementCollection
    @CollectionTable(name = "policy_assessment_element", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "element_id", nullable = false)
    private Set<Long> elementIds = new LinkedHashSet<>();

    @Version
    private int version;

    protected PolicyAssessment() {
    }

    public PolicyAssessment(long itemId) {
        this.itemId = itemId;
    }

    public void assess(Impact impact, boolean actionNeeded, String note, boolean shared, Collection<Long> elementIds,
            String by, LocalDate on) {
        this.impact = Objects.requireNonNull(impact, "impact");
        this.actionNeeded = actionNeeded;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.shared = shared;
        this.elementIds.clear();
        this.elementIds.addAll(elementIds);
        this.assessedBy = Objects.requireNonNull(by, "by");
        this.assessedOn = Objects.requireNonNull(on, "on");
    }

    public long itemId() {
        return itemId;
    }

    public Impact impact() {
        return impact;
    }

    public boolean actionNeeded() {
        return actionNeeded;
    }

    public String note() {
        return note;
    }

    public boolean shared() {
        return shared;
    }

    public Set<Long> elementIds() {
        return Set.copyOf(elementIds);
    }

    public String assessedBy() {
        return assessedBy;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public int version() {
        return version;
    }
}
