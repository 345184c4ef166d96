package ca.concerto.tenancy.application;

import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantKind;
import ca.concerto.tenancy.domain.TenantSlug;
import java.util.List;

/**
 * The demo tenants, registered on an empty database. Each matches an organization of the concerto realm
 * (deploy/keycloak/concerto-realm.json) and the seed plans give them their data.
 */
public final class DemoTenants {

    public static final List<Tenant> ALL = List.of(
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

    private DemoTenants() {
    }
}
