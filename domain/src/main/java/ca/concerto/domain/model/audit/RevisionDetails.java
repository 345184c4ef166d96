package ca.concerto.domain.model.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is changing plans, in which tenant, why and with what comment: what the next revision records.
 * Held for the current thread while a unit of work runs; {@link RevisionStamper} reads it.
 */
public record RevisionDetails(String author, String tenant, RevisionKind kind, String comment, String authorName) {

    private static final ThreadLocal<RevisionDetails> CURRENT = new ThreadLocal<>();

    public RevisionDetails {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        comment = comment == null ? "" : comment.strip();
    }

    /** Details of an author known by their username alone (a script, the demo's import). */
    public RevisionDetails(String author, String tenant, RevisionKind kind, String comment) {
        this(author, tenant, kind, comment, null);
    }

    static Optional<RevisionDetails> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Makes these the details of every revision written until the returned scope is closed. */
    public Scope open() {
        RevisionDetails previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** The span during which revisions carry these details. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
