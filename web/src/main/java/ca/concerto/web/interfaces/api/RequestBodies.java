package ca.concerto.web.interfaces.api;

import ca.concerto.domain.model.shared.InvalidInput;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What the API reads of a JSON body before anything else: at most {@link #LIMIT} bytes (413 beyond: no
 * plan's text comes near it), and no NUL character, raw or escaped as backslash-u-0000 (no text holds one,
 * and PostgreSQL cannot store it), one JSON object with nothing after it: bad input, never a database failure.
 */
@Provider
public class RequestBodies implements ContainerRequestFilter {

    /** One mebibyte: fifty times the largest change of an element the limits of the model allow. */
    static final int LIMIT = 1 << 20;

    /** Looked up once: finding the provider is a service lookup each time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(LIMIT + 1);
        if (body.length > LIMIT) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        if (!new String(body, StandardCharsets.UTF_8).isBlank()) {
            // No body at all is the resource's to refuse (its body is @NotNull), or nothing to read on a GET.
            requireOneObject(body);
        }
    }

    /**
     * One JSON object and nothing after it (JSON-B alone reads {@code {"title":"x"} garbage} as if it ended
     * early), whose texts are well-formed Unicode (an unpaired surrogate would be stored as "?").
     */
    private static void requireOneObject(byte[] body) {
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                // Every request of the API is an object: JSON-B would read [{}] as one with no field set.
                throw new InvalidInput("body", "The body is a JSON object");
            }
            int depth = 1;
            do {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME, VALUE_STRING -> requireWellFormed(parser.getString());
                    default -> {
                    }
                }
            } while (depth > 0);
            if (parser.hasNext()) {
                throw new InvalidInput("body", "Something follows the JSON value");
            }
        } catch (InvalidInput refused) {
            throw refused;
        } catch (RuntimeException malformed) {
            // The parser's own refusals: broken, empty, or nested beyond its limit.
            throw new InvalidInput("body", "The body is not one JSON value");
        }
    }

    private static void requireWellFormed(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInput("body", "A text holds a NUL character");
        }
        if (!new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text)) {
            throw new InvalidInput("body", "A text holds an unpaired surrogate");
        }
    }
}
