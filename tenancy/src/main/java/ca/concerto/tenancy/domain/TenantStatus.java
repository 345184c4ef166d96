package ca.concerto.tenancy.domain;

/** Whether a tenant's space can be used. */
public enum TenantStatus {
    /** Registered, its schema being created: not usable yet. */
    PROVISIONING,
    /** Schema up to date: usable. */
    ACTIVE,
    /** The last migration of its schema failed: unusable until an operator fixes it; other tenants run on. */
    MIGRATION_FAILED
}
