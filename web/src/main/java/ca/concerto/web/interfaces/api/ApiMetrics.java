package ca.concerto.web.interfaces.api;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.TimeUnit;

/**
 * Times every API request by endpoint and status ({@code concerto_api_requests_seconds} in Prometheus): the
 * endpoint is the resource method, never the address, so that plan numbers do not multiply the series. It runs
 * first, so that what the other filters refuse is counted too.
 */
@Provider
@Priority(1)
public class ApiMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ApiMetrics.class.getName() + ".started";

    @Inject
    MeterRegistry meters;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        String endpoint = resource == null || resource.getResourceMethod() == null ? "none"
                : resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
        // The registry's own methods: WildFly's registry of a deployment does not take the meters' builders.
        meters.timer("concerto.api.requests", "method", request.getMethod(), "endpoint", endpoint,
                "status", String.valueOf(response.getStatus())).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
}
