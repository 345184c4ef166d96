package ca.concerto.tenancy.infrastructure.persistence;

import ca.concerto.tenancy.domain.SchemaName;

/** Hibernate's tenant identifiers are schema names: a tenant's, or the shared one when no tenant is set. */
final class TenantSchemas {

    /** The shared schema: the tenant registry, templates, the policy watch. */
    static final String SHARED = "platform";

    private TenantSchemas() {
    }

    /** The schema an identifier names, checked to be the shared one or a tenant schema's form. */
    static String schemaOf(String tenantIdentifier) {
        return SHARED.equals(tenantIdentifier) ? SHARED : new SchemaName(tenantIdentifier).value();
    }
}
