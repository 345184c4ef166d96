package ca.concerto.domain.model.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do in Concerto. The names are the Keycloak realm roles.
 */
public enum Role {

    /** Coordination team of one body: writes, adopts and follows its plans. */
    COORDINATOR("coordinator", Reach.TENANT),
    /** Representative of a partner organisation: reports progress on the actions it leads. */
    PARTNER("partner", Reach.TENANT),
    /** Reviews the revision history of the adopted plans of the bodies it is assigned to. */
    AUDITOR("auditor", Reach.TENANT),
    /** The inter-regional network: compares adopted plans across bodies, runs the policy watch. */
    NETWORK_ANALYST("network-analyst", Reach.NETWORK),
    /** Platform operator: creates tenants, manages templates. */
    PLATFORM_ADMIN("platform-admin", Reach.PLATFORM);

    /** Where a role applies: inside one body, across the network, or to the platform itself. */
    public enum Reach { TENANT, NETWORK, PLATFORM }

    private final String roleName;
    private final Reach reach;

    Role(String roleName, Reach reach) {
        this.roleName = roleName;
        this.reach = reach;
    }

    /** The realm role name, as it appears in tokens and in {@code isUserInRole}. */
    public String roleName() {
        return roleName;
    }

    public Reach reach() {
        return reach;
    }

    /** True when the role means nothing without a tenant (a body) to work in. */
    public boolean needsTenant() {
        return reach == Reach.TENANT;
    }

    public static Optional<Role> fromRoleName(String roleName) {
        return Arrays.stream(values()).filter(role -> role.roleName.equals(roleName)).findFirst();
    }
}
