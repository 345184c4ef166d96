package ca.concerto.domain.model.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void readsTheRealmRoleNames() {
        assertThat(Role.fromRoleName("network-analyst")).contains(Role.NETWORK_ANALYST);
        assertThat(Role.fromRoleName("platform-admin")).contains(Role.PLATFORM_ADMIN);
        assertThat(Role.fromRoleName("coordinator")).contains(Role.COORDINATOR);
    }

    @Test
    void ignoresRolesThatAreNotConcertos() {
        assertThat(Role.fromRoleName("offline_access")).isEmpty();
        assertThat(Role.fromRoleName("Coordinator")).isEmpty();
    }

    @Test
    void onlyTheNetworkAndThePlatformRolesWorkWithoutATenant() {
        assertThat(Role.COORDINATOR.needsTenant()).isTrue();
        assertThat(Role.PARTNER.needsTenant()).isTrue();
        assertThat(Role.AUDITOR.needsTenant()).isTrue();
        assertThat(Role.NETWORK_ANALYST.needsTenant()).isFalse();
        assertThat(Role.PLATFORM_ADMIN.needsTenant()).isFalse();
    }
}
