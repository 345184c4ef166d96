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
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * One titled part of a plan's text outside its tree: its vision, mission, history, credits... in the
 * document's order. Without a title of its own it is headed by its kind ("Vision"); with a title, it may be a
 * heading alone ("PRIORITÉS 2020-2022 ET ACTIVITÉS PROPOSÉES").
 */
@Entity
@Table(name = "plan_section")
@Audited(withModifiedFlag = true)
public class PlanSection {

    @Id
    @GeneratedValue(generator = "plan_section_seq")
    @SequenceGenerator(name = "plan_section_seq", sequenceName = "plan_section_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SectionKind kind;

    private String title;

    private String body;

    @Version
    private int version;

    protected PlanSection() {
    }

    PlanSection(Plan plan, int position, SectionKind kind, String title, String body) {
        this.plan = plan;
        this.position = position;
        write(kind, title, body);
    }

    void write(SectionKind kind, String title, String body) {
        boolean untitled = title == null || title.isBlank();
        boolean empty = body == null || body.isBlank();
        if (untitled && empty) {
            throw new InvalidInput("text", "A section has a text, or a title when it is a heading alone");
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = untitled ? null : TextLimits.within(title.strip(), TextLimits.NAME, "title");
        this.body = empty ? null : TextLimits.within(body.strip(), TextLimits.PARAGRAPHS, "text");
    }

    void moveTo(int position) {
        this.position = position;
    }

    PlanSection copyInto(Plan other) {
        return new PlanSection(other, position, kind, title, body);
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public int position() {
        return position;
    }

    public SectionKind kind() {
        return kind;
    }

    /** The section's own title; empty when it is headed by its kind. */
    public java.util.Optional<String> title() {
        return java.util.Optional.ofNullable(title);
    }

    /** The section's text; null for a heading alone. */
    public String body() {
        return body;
    }

    public int version() {
        return version;
    }
}
