package ca.concerto.domain.model.document;

import ca.concerto.domain.model.shared.Conflict;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A document a coordinator brought in, kept while its preview is looked at, until it becomes a plan. */
@Entity
@Table(name = "plan_import")
public class DocumentImport {

    @Id
    @GeneratedValue(generator = "plan_import_seq")
    @SequenceGenerator(name = "plan_import_seq", sequenceName = "plan_import_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** The plan it became; null until committed. */
    @Column(name = "plan_id")
    private Long planId;

    @Version
    private int version;

    protected DocumentImport() {
    }

    public DocumentImport(String fileName, byte[] content, String importedBy, Instant receivedAt) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.content = Objects.requireNonNull(content, "content").clone();
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** @throws Conflict when it became a plan already: a document makes one plan */
    public void becomes(long planId) {
        if (this.planId != null) {
            throw new AlreadyImported(fileName, this.planId);
        }
        this.planId = planId;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content.clone();
    }

    public Long planId() {
        return planId;
    }

    /** The document became a plan already. */
    public static class AlreadyImported extends Conflict {

        private static final long serialVersionUID = 1L;

        AlreadyImported(String fileName, long planId) {
            super(Reason.ALREADY_EXISTS, fileName + " became plan " + planId + " already");
        }
    }
}
