package ca.concerto.tenancy.domain;

import java.io.Serializable;
import java.util.Objects;

/** A concertation body that has its own space (its plans, its people) in Concerto. */
public record Tenant(TenantSlug slug, String displayName, String region, TenantKind kind) implements Serializable {

    public Tenant {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kind, "kind");
    }

    /** The tenant's own PostgreSQL schema. */
    public SchemaName schema() {
        return SchemaName.of(slug);
    }
}
