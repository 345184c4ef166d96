package ca.concerto.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.domain.TenantResolution;
import ca.concerto.tenancy.domain.TenantSlug;
import ca.concerto.tenancy.testing.InMemoryTenantRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    private final InMemoryTenantRegistry tenants = new InMemoryTenantRegistry();
    private final Tenant monteregie = tenants.find(new TenantSlug("monteregie")).orElseThrow();

    @Test
    void aMemberOfOneBodyIsAdmitted() {
        assertThat(Admission.of(new TenantResolution.Resolved(monteregie), false)).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void aMemberOfSeveralBodiesChoosesFirst() {
        assertThat(Admission.of(new TenantResolution.ChoiceRequired(tenants.all()), false))
                .isEqualTo(Admission.CHOOSE_TENANT);
        assertThat(Admission.of(new TenantResolution.ChoiceRequired(tenants.all()), true))
                .isEqualTo(Admission.CHOOSE_TENANT);
    }

    @Test
    void someoneInNoBodyWhoseRolesNeedOneHasNoAccess() {
        assertThat(Admission.of(new TenantResolution.NoTenant(), false)).isEqualTo(Admission.NO_ACCESS);
    }

    @Test
    void theNetworkAndThePlatformWorkWithoutABody() {
        assertThat(Admission.of(new TenantResolution.NoTenant(), true)).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void choiceRequiredListsOnlyWhatItWasGiven() {
        assertThat(new TenantResolution.ChoiceRequired(List.of(monteregie)).memberships()).containsExactly(monteregie);
    }
}
