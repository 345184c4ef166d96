package ca.concerto.tenancy.infrastructure;

import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantKind;
import ca.concerto.tenancy.domain.TenantRegistry;
import ca.concerto.tenancy.domain.TenantSlug;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The demo tenants, as a fixed list. Each matches an organization of the {@code concerto} realm
 * (deploy/keycloak/concerto-realm.json). Replaced by the persistent registry of the shared schema.
 */
@ApplicationScoped
public class KnownTenants implements TenantRegistry {

    private static final List<Tenant> TENANTS = List.of(
            new Tenant(new TenantSlug("monteregie"),
                    "Comité régional Opération Colibri — Montérégie", "Montérégie", TenantKind.REGIONAL_BODY),
            new Tenant(new TenantSlug("capitale-nationale"),
                    "Concertation régionale Grandissons tous ensemble — Capitale-Nationale", "Capitale-Nationale",
                    TenantKind.REGIONAL_BODY),
            new Tenant(new TenantSlug("montreal-hochelaga"),
                    "Instance de concertation en petite enfance — Hochelaga-Maisonneuve", "Montréal",
                    TenantKind.LOCAL_TABLE),
            new Tenant(new TenantSlug("montreal-cote-des-neiges"),
                    "Instance de concertation en petite enfance — Côte-des-Neiges", "Montréal",
                    TenantKind.LOCAL_TABLE));

    @Override
    public Optional<Tenant> find(TenantSlug slug) {
        return TENANTS.stream().filter(tenant -> tenant.slug().equals(slug)).findFirst();
    }

    @Override
    public List<Tenant> all() {
        return TENANTS;
    }
}
