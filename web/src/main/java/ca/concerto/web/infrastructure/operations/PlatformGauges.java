package ca.concerto.web.infrastructure.operations;

import ca.concerto.tenancy.domain.TenantRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** What an operator watches beside the server's own figures: how many bodies the platform serves. */
@ApplicationScoped
public class PlatformGauges {

    @Inject
    MeterRegistry meters;

    @Inject
    TenantRegistry tenants;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        meters.gauge("concerto.bodies", tenants, registry -> registry.all().size());
    }
}
