package ca.concerto.tenancy.domain;

/** What kind of concertation body a tenant is. */
public enum TenantKind {
    /** A regional committee, e.g. the Comité régional Opération Colibri of Montérégie. */
    REGIONAL_BODY,
    /** A local early-childhood table of one neighbourhood or territory. */
    LOCAL_TABLE
}
