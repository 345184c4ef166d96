package ca.concerto.web.interfaces.api.payload;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A refusal, as RFC 9457 writes one ({@code application/problem+json}): its type and status, a stable
 * {@code code} a script can test, a {@code detail} in the caller's language, the offending {@code field} and
 * every field's own refusal; for a conflict, what is saved now (the element's version, or the report) so
 * that the caller can decide.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"type", "title", "status", "code", "detail", "instance", "field", "errors", "currentVersion", "current"})
public record Problem(String type, String title, int status, String code, String detail, String instance, String field,
        List<FieldProblem> errors, Integer currentVersion, Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** What is wrong with one field of the request. */
    public record FieldProblem(String field, String detail) {
    }

    /** The problem type of a code: one URN per code, e.g. {@code urn:concerto:problem:CHANGED_MEANWHILE}. */
    public static String type(String code) {
        return "urn:concerto:problem:" + code;
    }
}
