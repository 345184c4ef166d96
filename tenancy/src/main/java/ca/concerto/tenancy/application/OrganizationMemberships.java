package ca.concerto.tenancy.application;

import java.util.List;

/** The organizations the authenticated person belongs to, as their verified login says: the only input of tenant resolution. */
public interface OrganizationMemberships {

    /** The organizations' aliases, as Keycloak names them; empty for a person of none. */
    List<String> aliases();
}
