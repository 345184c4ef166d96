package ca.concerto.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One revision of a tenant's plans: every change saved together, with who, when, why. Lives in the
 * tenant's own schema, beside the audit tables; the application's database role may insert revisions but
 * never change or delete them.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionStamper.class)
public class Revision {

    @Id
    @GeneratedValue(generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 1)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "recorded_at", nullable = false)
    private long timestamp;

    @Column(nullable = false)
    private String author;

    /** The author's name as people read it ("Camille Tremblay"), when the login gave one. */
    @Column(name = "author_name")
    private String authorName;

    @Column(nullable = false)
    private String tenant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RevisionKind kind;

    @Column(nullable = false)
    private String comment;

    void stamp(RevisionDetails details) {
        this.author = details.author();
        this.authorName = details.authorName();
        this.tenant = details.tenant();
        this.kind = details.kind();
        this.comment = details.comment();
    }

    public long id() {
        return id;
    }

    public Instant recordedAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String author() {
        return author;
    }

    /** The author as people read them: their name, else their username. */
    public String authorShown() {
        return authorName == null || authorName.isBlank() ? author : authorName;
    }

    public String tenant() {
        return tenant;
    }

    public RevisionKind kind() {
        return kind;
    }

    public String comment() {
        return comment;
    }
}
