package ca.concerto.domain.application.history;

import ca.concerto.domain.model.audit.RevisionKind;
import java.io.Serializable;
import java.time.Instant;

/**
 * One revision in a plan's history: who (by name, else by username), when, what kind of change, and why, and which version of the
 * plan it changed (its number and edition).
 */
public record RevisionLine(long number, Instant recordedAt, String author, RevisionKind kind, String comment,
        long planId, int edition) implements Serializable {
}
