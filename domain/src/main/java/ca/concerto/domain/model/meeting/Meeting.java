package ca.concerto.domain.model.meeting;

import ca.concerto.domain.model.shared.InvalidInput;
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
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A meeting of the body's partners: when, how, on what theme, and the plan elements it dealt with. */
@Entity
@Table(name = "meeting")
@Audited(withModifiedFlag = true)
public class Meeting {

    @Id
    @GeneratedValue(generator = "meeting_seq")
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    private Long id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingMode mode;

    @Column(nullable = false)
    private String theme;

    private String notes;

    /** Plain ids: a meeting may speak of elements of several plans and versions. */
    @ElementCollection
    @CollectionTable(name = "meeting_element", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "element_id", nullable = false)
    private Set<Long> elementIds = new LinkedHashSet<>();

    @Version
    private int version;

    protected Meeting() {
    }

    public Meeting(LocalDate heldOn, MeetingMode mode, String theme) {
        reschedule(heldOn, mode, theme);
    }

    public void reschedule(LocalDate heldOn, MeetingMode mode, String theme) {
        if (theme == null || theme.isBlank()) {
            throw new InvalidInput("theme", "A meeting has a theme");
        }
        this.heldOn = Objects.requireNonNull(heldOn, "heldOn");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.theme = theme.strip();
    }

    public void notes(String notes) {
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public void dealtWith(Collection<Long> elementIds) {
        this.elementIds.clear();
        this.elementIds.addAll(elementIds);
    }

    public Long id() {
        return id;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public MeetingMode mode() {
        return mode;
    }

    public String theme() {
        return theme;
    }

    public String notes() {
        return notes;
    }

    public Set<Long> elementIds() {
        return Collections.unmodifiableSet(elementIds);
    }

    public int version() {
        return version;
    }
}
