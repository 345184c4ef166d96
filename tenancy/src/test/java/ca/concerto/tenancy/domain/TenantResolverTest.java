package ca.concerto.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.tenancy.testing.InMemoryTenantRegistry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantResolverTest {

    private static final TenantSlug MONTEREGIE = new TenantSlug("monteregie");
    private static final TenantSlug CAPITALE = new TenantSlug("capitale-nationale");

    private final TenantResolver resolver = new TenantResolver(new InMemoryTenantRegistry());

    @Test
    void aPersonWithNoOrganizationHasNoTenant() {
        assertThat(resolver.resolve(List.of(), Optional.empty())).isInstanceOf(TenantResolution.NoTenant.class);
    }

    @Test
    void aPersonInOneOrganizationWorksInIt() {
        TenantResolution resolution = resolver.resolve(List.of("monteregie"), Optional.empty());

        assertThat(resolution).isInstanceOfSatisfying(TenantResolution.Resolved.class, resolved -> {
            assertThat(resolved.tenant().slug()).isEqualTo(MONTEREGIE);
            assertThat(resolved.tenant().displayName()).isEqualTo("Comité régional Opération Colibri — Montérégie");
        });
    }

    @Test
    void aPersonInTwoOrganizationsMustChooseBetweenThem() {
        TenantResolution resolution = resolver.resolve(List.of("monteregie", "capitale-nationale"), Optional.empty());

        assertThat(resolution).isInstanceOfSatisfying(TenantResolution.ChoiceRequired.class,
                choice -> assertThat(choice.memberships()).extracting(Tenant::slug).containsExactly(MONTEREGIE, CAPITALE));
    }

    @Test
    void aPersonInTwoOrganizationsWorksInTheOneTheyChose() {
        TenantResolution resolution = resolver.resolve(List.of("monteregie", "capitale-nationale"), Optional.of(CAPITALE));

        assertThat(resolution).isEqualTo(new TenantResolution.Resolved(new InMemoryTenantRegistry().find(CAPITALE).orElseThrow()));
    }

    @Test
    void aChoiceOutsideThePersonsOrganizationsIsIgnored() {
        TenantResolution resolution = resolver.resolve(List.of("monteregie", "capitale-nationale"),
                Optional.of(new TenantSlug("montreal-hochelaga")));

        assertThat(resolution).isInstanceOf(TenantResolution.ChoiceRequired.class);
    }

    @Test
    void aChoiceCannotWidenASingleMembership() {
        TenantResolution resolution = resolver.resolve(List.of("monteregie"), Optional.of(CAPITALE));

        assertThat(resolution).isInstanceOfSatisfying(TenantResolution.Resolved.class,
                resolved -> assertThat(resolved.tenant().slug()).isEqualTo(MONTEREGIE));
    }

    @Test
    void anUnknownOrganizationGivesNoTenant() {
        assertThat(resolver.resolve(List.of("gaspesie"), Optional.empty())).isInstanceOf(TenantResolution.NoTenant.class);
    }

    @Test
    void anUnknownOrganizationBesideAKnownOneIsIgnored() {
        TenantResolution resolution = resolver.resolve(List.of("gaspesie", "monteregie"), Optional.empty());

        assertThat(resolution).isInstanceOfSatisfying(TenantResolution.Resolved.class,
                resolved -> assertThat(resolved.tenant().slug()).isEqualTo(MONTEREGIE));
    }

    @Test
    void malformedOrganizationNamesNeverReachTheRegistry() {
        assertThat(resolver.resolve(List.of("monteregie; drop schema", "../monteregie", "MONTEREGIE", ""),
                Optional.empty())).isInstanceOf(TenantResolution.NoTenant.class);
    }

    @Test
    void theSameOrganizationTwiceIsOneMembership() {
        assertThat(resolver.resolve(List.of("monteregie", "monteregie"), Optional.empty()))
                .isInstanceOf(TenantResolution.Resolved.class);
    }

    @Test
    void aRequestedTenantIsGrantedOnlyAmongThePersonsMemberships() {
        List<String> organizations = List.of("montreal-hochelaga", "montreal-cote-des-neiges");

        assertThat(resolver.membership(organizations, "montreal-cote-des-neiges")).map(Tenant::slug)
                .contains(new TenantSlug("montreal-cote-des-neiges"));
        assertThat(resolver.membership(organizations, "monteregie")).isEmpty();
        assertThat(resolver.membership(organizations, "gaspesie")).isEmpty();
        assertThat(resolver.membership(organizations, "montreal-hochelaga' or '1'='1")).isEmpty();
        assertThat(resolver.membership(organizations, null)).isEmpty();
    }
}
