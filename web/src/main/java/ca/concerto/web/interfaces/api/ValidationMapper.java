package ca.concerto.web.interfaces.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A payload that breaks its constraints (a missing title, no version): answered like every other refusal,
 * by {@link RefusalMapper}. Needed because the JAX-RS implementation maps this type with a mapper of its own.
 */
@Provider
public class ValidationMapper implements ExceptionMapper<ValidationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ValidationException invalid) {
        return RefusalMapper.answer(invalid, headers, uri);
    }
}
