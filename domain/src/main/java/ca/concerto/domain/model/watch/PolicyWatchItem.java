package ca.concerto.domain.model.watch;

import ca.concerto.domain.model.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A change of public policy that matters to early childhood, on the board every tenant shares (platform
 * schema): what, from which government, when, where to read it, a summary, the fields of action it
 * touches, and where it stands.
 */
@Entity
@Table(schema = "platform", name = "policy_watch_item")
public class PolicyWatchItem {

    @Id
    @GeneratedValue(generator = "policy_watch_item_seq")
    @SequenceGenerator(name = "policy_watch_item_seq", schema = "platform", sequenceName = "policy_watch_item_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Jurisdiction jurisdiction;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "source_url")
    private String sourceUrl;

    private String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fields_of_action", nullable = false)
    private String[] fieldsOfAction = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PolicyStatus status;

    @Column(name = "posted_by", nullable = false)
    private String postedBy;

    @Column(name = "posted_by_tenant", nullable = false)
    private String postedByTenant;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Version
    private int version;

    protected PolicyWatchItem() {
    }

    /**
     * @throws IllegalArgumentException for a missing title, jurisdiction, date or status, or a source that
     *         is not an http(s) address (a link readers will follow must not run anything)
     */
    public PolicyWatchItem(String title, Jurisdiction jurisdiction, LocalDate publishedOn, String sourceUrl, String summary,
            List<String> fieldsOfAction, PolicyStatus status, String postedBy, String postedByTenant, Instant postedAt) {
        if (title == null || title.isBlank() || jurisdiction == null || publishedOn == null || status == null) {
            throw new InvalidInput("A watch item has a title, a jurisdiction, a date and a status");
        }
        this.title = title.strip();
        this.jurisdiction = jurisdiction;
        this.publishedOn = publishedOn;
        this.sourceUrl = source(sourceUrl);
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.fieldsOfAction = fieldsOfAction.toArray(String[]::new);
        this.status = status;
        this.postedBy = Objects.requireNonNull(postedBy, "postedBy");
        this.postedByTenant = Objects.requireNonNull(postedByTenant, "postedByTenant");
        this.postedAt = Objects.requireNonNull(postedAt, "postedAt");
    }

    public void changeStatus(PolicyStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    private static String source(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (java.net.URISyntaxException malformed) {
            // refused below
        }
        throw new InvalidSource(url);
    }

    /** A source that is not an http(s) address. */
    public static class InvalidSource extends InvalidInput {

        private static final long serialVersionUID = 1L;

        InvalidSource(String url) {
            super("A source is an http(s) address, not \"" + url + "\"");
        }
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public String summary() {
        return summary;
    }

    public List<String> fieldsOfAction() {
        return List.of(fieldsOfAction);
    }

    public PolicyStatus status() {
        return status;
    }

    public String postedBy() {
        return postedBy;
    }

    public String postedByTenant() {
        return postedByTenant;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
