package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.followup.ReportChangedMeanwhile;
import ca.concerto.domain.application.plans.EditConflict;
import ca.concerto.web.infrastructure.text.MessageBundle;
import ca.concerto.web.interfaces.api.payload.ErrorPayload;
import ca.concerto.web.interfaces.errors.Refusal;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API becomes its answer here, and only here: a refusal ({@link Refusal}) with its
 * status, code and sentence in the caller's language; JAX-RS's own refusals (a role, an unknown path, a wrong
 * method or media type) in the same shape; anything else a 500 that tells nothing of the inside, logged for us.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(RefusalMapper.class.getName());

    private static final Map<Integer, String> HTTP_CODES = Map.of(403, "ROLE_NOT_ALLOWED", 404, "NOT_FOUND",
            405, "METHOD_NOT_ALLOWED", 406, "NOT_ACCEPTABLE", 413, "PAYLOAD_TOO_LARGE", 415, "UNSUPPORTED_MEDIA_TYPE");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException failure) {
        return answer(failure, headers);
    }

    static Response answer(RuntimeException failure, HttpHeaders headers) {
        Optional<Refusal> refusal = Refusal.of(failure);
        if (refusal.isEmpty() && failure instanceof WebApplicationException answered) {
            return http(answered.getResponse(), headers);
        }
        if (refusal.isEmpty()) {
            LOG.log(Level.SEVERE, "API request failed", failure);
            return Response.serverError().type(MediaType.APPLICATION_JSON)
                    .entity(new ErrorPayload("INTERNAL", text("error.body", headers), null, null)).build();
        }
        return Response.status(refusal.get().status()).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorPayload(refusal.get().code(), text(refusal.get().messageKey(), headers),
                        failure instanceof EditConflict conflict ? Integer.valueOf(conflict.currentVersion()) : null,
                        failure instanceof ReportChangedMeanwhile conflict ? conflict.current() : null))
                .build();
    }

    /** JAX-RS's own refusals (a role, an unknown address, a method, a media type) in the same shape as ours. */
    private static Response http(Response answer, HttpHeaders headers) {
        int status = answer.getStatus();
        if (status < 400) {
            return answer;
        }
        String code = HTTP_CODES.getOrDefault(status, "HTTP_" + status);
        String key = HTTP_CODES.containsKey(status) ? "refusal.http." + status : "refusal.http";
        return Response.fromResponse(answer).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorPayload(code, text(key, headers), null, null)).build();
    }

    private static String text(String key, HttpHeaders headers) {
        return MessageBundle.in(ApiLanguage.of(headers)).getString(key);
    }
}
