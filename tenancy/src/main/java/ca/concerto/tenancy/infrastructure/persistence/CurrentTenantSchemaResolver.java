package ca.concerto.tenancy.infrastructure.persistence;

import ca.concerto.tenancy.application.CurrentTenant;
import ca.concerto.tenancy.application.TenantScope;
import ca.concerto.tenancy.domain.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which schema a session works in: the tenant of an explicit {@link TenantScope}, else the
 * tenant of the person making the request ({@link CurrentTenant}), else the shared schema, where no
 * tenant table exists, so that work without a tenant cannot touch any tenant's rows.
 */
public class CurrentTenantSchemaResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantScope.current().or(CurrentTenantSchemaResolver::requestTenant)
                .map(tenant -> tenant.schema().value())
                .orElse(TenantSchemas.SHARED);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    private static Optional<Tenant> requestTenant() {
        try {
            CDI<Object> container = CDI.current();
            container.getBeanManager().getContext(RequestScoped.class);
            return container.select(CurrentTenant.class).get().tenant();
        } catch (IllegalStateException | ContextNotActiveException noRequest) {
            // No CDI container (tests) or no request (start-up): no person, so no tenant.
            return Optional.empty();
        }
    }
}
