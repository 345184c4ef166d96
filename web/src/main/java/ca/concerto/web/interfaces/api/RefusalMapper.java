package ca.concerto.web.interfaces.api;

import ca.concerto.domain.model.access.NotAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Whatever the endpoint, a change the caller's role or organisation does not allow answers 403, changing nothing. */
@Provider
public class RefusalMapper implements ExceptionMapper<NotAllowed> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotAllowed refused) {
        return ApiError.of(Response.Status.FORBIDDEN, refused.reason().name(), "refused." + refused.reason().name(), headers);
    }
}
