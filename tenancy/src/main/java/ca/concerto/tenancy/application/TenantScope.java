package ca.concerto.tenancy.application;

import ca.concerto.tenancy.domain.Tenant;
import java.util.Objects;
import java.util.Optional;

/**
 * The tenant of work that no person's request carries: start-up migrations and imports, provisioning,
 * tests. Entered with a {@link Tenant} the registry gave, for the current thread, until closed.
 */
public final class TenantScope {

    private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    public static Scope enter(Tenant tenant) {
        Objects.requireNonNull(tenant, "tenant");
        Tenant previous = CURRENT.get();
        CURRENT.set(tenant);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    public static Optional<Tenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The span of work done for the tenant. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
