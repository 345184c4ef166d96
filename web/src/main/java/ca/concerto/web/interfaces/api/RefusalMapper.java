package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.followup.ReportChangedMeanwhile;
import ca.concerto.domain.application.plans.EditConflict;
import ca.concerto.web.infrastructure.text.MessageBundle;
import ca.concerto.web.interfaces.api.payload.Problem;
import ca.concerto.web.interfaces.errors.FieldRefusal;
import ca.concerto.web.interfaces.errors.Refusal;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API becomes its answer here, and only here (checked ones too: a commit that fails
 * reaches us as the transaction manager's {@code RollbackException}), as an RFC 9457 problem: a refusal
 * ({@link Refusal}) with its status, code, sentence in the caller's language and the fields it blames;
 * JAX-RS's own refusals (a role, an unknown path, a wrong method or media type) in the same shape; anything
 * else a 500 that tells nothing of the inside, logged for us.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(RefusalMapper.class.getName());

    private static final Map<Integer, String> HTTP_CODES = Map.of(403, "ROLE_NOT_ALLOWED", 404, "NOT_FOUND",
            405, "METHOD_NOT_ALLOWED", 406, "NOT_ACCEPTABLE", 413, "PAYLOAD_TOO_LARGE", 415, "UNSUPPORTED_MEDIA_TYPE");

    /** PostgreSQL restarts, and files waiting to be read get their turn, in a few seconds: a client waits that long. */
    private static final int RETRY_AFTER_SECONDS = 5;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        return answer(failure, headers, uri);
    }

    static Response answer(Throwable failure, HttpHeaders headers, UriInfo uri) {
        Locale language = ApiLanguage.of(headers);
        String instance = uri == null ? null : "/api/" + uri.getPath().replaceFirst("^/", "");
        Optional<Refusal> refusal = Refusal.of(failure);
        if (refusal.isEmpty() && failure instanceof WebApplicationException answered) {
            return http(answered.getResponse(), language, instance);
        }
        if (refusal.isEmpty()) {
            LOG.log(Level.SEVERE, "API request failed", failure);
            return problem(500, "INTERNAL", text(language, "error.body"), instance, List.of(), null, null);
        }
        List<Problem.FieldProblem> fields = FieldRefusal.of(failure).stream()
                .map(field -> new Problem.FieldProblem(field.field(), text(language, field.messageKey(),
                        field.arguments().toArray())))
                .toList();
        return problem(refusal.get().status(), refusal.get().code(), text(language, refusal.get().messageKey()), instance,
                fields, failure instanceof EditConflict conflict ? Integer.valueOf(conflict.currentVersion()) : null,
                failure instanceof ReportChangedMeanwhile conflict ? conflict.current() : null);
    }

    /** JAX-RS's own refusals (a role, an unknown address, a method, a media type) in the same shape as ours. */
    private static Response http(Response answer, Locale language, String instance) {
        int status = answer.getStatus();
        if (status < 400) {
            return answer;
        }
        String code = HTTP_CODES.getOrDefault(status, "HTTP_" + status);
        String key = HTTP_CODES.containsKey(status) ? "refusal.http." + status : "refusal.http";
        return Response.fromResponse(problem(status, code, text(language, key), instance, List.of(), null, null))
                .build();
    }

    private static Response problem(int status, String code, String detail, String instance,
            List<Problem.FieldProblem> fields, Integer currentVersion, Object current) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .header("Retry-After", status == 503 || status == 429 ? RETRY_AFTER_SECONDS : null)
                .entity(new Problem(Problem.type(code), type == null ? null : type.getReasonPhrase(), status, code, detail,
                        instance, fields.isEmpty() ? null : fields.get(0).field(), fields.isEmpty() ? null : fields,
                        currentVersion, current))
                .build();
    }

    private static String text(Locale language, String key, Object... arguments) {
        String sentence = MessageBundle.in(language).getString(key);
        return arguments.length == 0 ? sentence : new MessageFormat(sentence, language).format(arguments);
    }
}
