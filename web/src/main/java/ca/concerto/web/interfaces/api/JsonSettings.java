package ca.concerto.web.interfaces.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How the API's payloads are written and read: one JSON-B instance for every request (building one is
 * costly), absent values written as null so that a field's absence never reads as "not supported", and a
 * field the API does not know refused rather than ignored (a misspelt {@code "fromVerison"} would otherwise
 * change the meaning of a request silently); numbers and dates read strictly ({@link StrictValues}).
 */
@Provider
public class JsonSettings implements ContextResolver<Jsonb> {

    /** Yasson's name for refusing unknown fields (JSON-B 3.0 has no standard one). */
    private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true)
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true).withDeserializers(StrictValues.all()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
