package ca.concerto.web.interfaces.api;

import ca.concerto.web.interfaces.language.Messages;
import jakarta.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ResourceBundle;

/** The API's refusals: a status, a code a script can test, and a message the caller can read. */
final class ApiError {

    private ApiError() {
    }

    /** A refusal whose message is the bundle's text for the key, in the caller's language. */
    static Response of(Response.Status status, String code, String messageKey, HttpHeaders headers) {
        String message = ResourceBundle.getBundle(Messages.BUNDLE, ApiLanguage.of(headers)).getString(messageKey);
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", code).add("message", message).build()).build();
    }

    /** A refusal without message: the code says it all (e.g. PLAN_NOT_FOUND). */
    static Response of(Response.Status status, String code) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", code).build()).build();
    }
}
