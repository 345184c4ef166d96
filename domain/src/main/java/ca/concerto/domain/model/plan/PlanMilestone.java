package ca.concerto.domain.model.plan;

import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * A dated milestone of one version of a plan, e.g. filed with the Ministère de la Famille on 30 June 2021.
 * Unlike the adoption, it freezes nothing and does not show the plan to the network.
 */
@Entity
@Table(name = "plan_milestone")
@Audited(withModifiedFlag = true)
public class PlanMilestone {

    @Id
    @GeneratedValue(generator = "plan_milestone_seq")
    @SequenceGenerator(name = "plan_milestone_seq", sequenceName = "plan_milestone_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneKind kind;

    @Column(name = "reached_on", nullable = false)
    private LocalDate reachedOn;

    /** With whom: the funder, the authority, the committee. */
    @Column(nullable = false)
    private String counterpart;

    private String note;

    @Version
    private int version;

    protected PlanMilestone() {
    }

    PlanMilestone(Plan plan, MilestoneKind kind, LocalDate reachedOn, String counterpart, String note) {
        if (counterpart == null || counterpart.isBlank()) {
            throw new InvalidInput("counterpart", "A milestone names with whom it was reached");
        }
        this.plan = plan;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reachedOn = Objects.requireNonNull(reachedOn, "reachedOn");
        this.counterpart = TextLimits.within(counterpart.strip(), TextLimits.NAME, "counterpart");
        this.note = note == null || note.isBlank() ? null : TextLimits.within(note.strip(), TextLimits.LINE, "note");
    }

    public Long id() {
        return id;
    }

    public MilestoneKind kind() {
        return kind;
    }

    public LocalDate reachedOn() {
        return reachedOn;
    }

    public String counterpart() {
        return counterpart;
    }

    public String note() {
        return note;
    }

    public int version() {
        return version;
    }
}
