package ca.concerto.web.interfaces.api;

import ca.concerto.domain.model.shared.InvalidInput;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses a JSON body that carries a NUL character (raw, or escaped as backslash-u-0000): no text holds one, and
 * PostgreSQL cannot store it, so it is bad input (400), never a database failure.
 */
@Provider
public class NulCharacters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0 || text.toLowerCase(Locale.ROOT).contains("\\u0000")) {
            throw new InvalidInput("A text holds a NUL character");
        }
    }
}
