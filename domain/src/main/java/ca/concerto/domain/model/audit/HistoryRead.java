package ca.concerto.domain.model.audit;

import java.io.Serializable;
import java.time.Instant;

/** A read of a plan's history: who, with which roles, when, what they looked at. */
public record HistoryRead(Instant at, String username, String roles, String what) implements Serializable {
}
