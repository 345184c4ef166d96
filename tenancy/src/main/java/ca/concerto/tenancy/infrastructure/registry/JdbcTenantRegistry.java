package ca.concerto.tenancy.infrastructure.registry;

import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantKind;
import ca.concerto.tenancy.domain.TenantRegistry;
import ca.concerto.tenancy.domain.TenantSlug;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The active tenants of the shared schema's registry, kept in memory. Reloaded after a change made here
 * (provisioning, migrations), at each change any node makes ({@link RegistryChanges}, D54) and, should that listener
 * be down, when an unknown slug is asked for, at most once per {@link #RELOAD_INTERVAL}.
 */
public class JdbcTenantRegistry implements TenantRegistry {

    static final Duration RELOAD_INTERVAL = Duration.ofSeconds(30);
    private static final String ACTIVE_TENANTS = """
            SELECT slug, display_name, region, kind FROM platform.tenant
            WHERE status = 'ACTIVE' ORDER BY display_name""";

    private final DataSource dataSource;
    private final Clock clock;
    private volatile Map<TenantSlug, Tenant> tenants;
    private volatile Instant loadedAt = Instant.MIN;

    public JdbcTenantRegistry(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Optional<Tenant> find(TenantSlug slug) {
        Tenant tenant = loaded().get(slug);
        if (tenant == null && clock.instant().isAfter(loadedAt.plus(RELOAD_INTERVAL))) {
            tenant = load().get(slug);
        }
        return Optional.ofNullable(tenant);
    }

    @Override
    public List<Tenant> all() {
        return loaded().values().stream().sorted(Comparator.comparing(Tenant::displayName)).toList();
    }

    /** Reads the registry again, after a change to it. */
    @Override
    public void refresh() {
        load();
    }

    private Map<TenantSlug, Tenant> loaded() {
        Map<TenantSlug, Tenant> current = tenants;
        return current != null ? current : load();
    }

    private synchronized Map<TenantSlug, Tenant> load() {
        List<Tenant> active = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ACTIVE_TENANTS);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                active.add(new Tenant(new TenantSlug(rows.getString("slug")), rows.getString("display_name"),
                        rows.getString("region"), TenantKind.valueOf(rows.getString("kind"))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the tenant registry", e);
        }
        Map<TenantSlug, Tenant> loaded = active.stream()
                .collect(Collectors.toUnmodifiableMap(Tenant::slug, Function.identity()));
        tenants = loaded;
        loadedAt = clock.instant();
        return loaded;
    }
}
