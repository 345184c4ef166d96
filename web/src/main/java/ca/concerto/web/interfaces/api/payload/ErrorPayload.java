package ca.concerto.web.interfaces.api.payload;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A refusal: a code a script can test, a sentence in the caller's language, and for a conflict what is
 * saved now (the element's version, or the report) so that the caller can decide.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"error", "message", "currentVersion", "current"})
public record ErrorPayload(String error, String message, Integer currentVersion, Object current) {
}
