package ca.concerto.domain.application.history;

import ca.concerto.domain.model.audit.RevisionKind;
import java.io.Serializable;
import java.time.Instant;

/**
 * One revision in a plan's history: who (by name, else by username), when, what kind of change, and why, and which version of the
 * plan it changed (its number and edition). {@code number} is the body's revision counter; {@code ordinal} the
 * revision's place in this plan's history (1 for its first), as people count them.
 */
public record RevisionLine(long number, Instant recordedAt, String author, RevisionKind kind, String comment,
        long planId, int edition, int ordinal) implements Serializable {
}
