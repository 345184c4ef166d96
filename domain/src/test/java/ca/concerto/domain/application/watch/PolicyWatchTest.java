package ca.concerto.domain.application.watch;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.NotAllowed;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.watch.Impact;
import ca.concerto.domain.model.watch.Jurisdiction;
import ca.concerto.domain.model.watch.PolicyStatus;
import ca.concerto.domain.model.watch.PolicyWatchItem;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.NetworkAssessment;
import ca.concerto.tenancy.domain.NetworkReader;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.tenancy.infrastructure.network.JdbcNetworkPublication;
import ca.concerto.tenancy.infrastructure.network.JdbcNetworkReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared watch board and the tenants' own assessments: posted by any tenant's coordination, seen by
 * all; an assessment stays the tenant's own until it shares it; the network sees them all.
 */
class PolicyWatchTest {

    private static final Tenant MONTEREGIE = tenant("monteregie");
    private static final Tenant CAPITALE = tenant("capitale-nationale");
    private static final Actor MONTEREGIE_COORDINATION = new Actor("camille", "monteregie", Set.of(Role.COORDINATOR));
    private static final Actor CAPITALE_COORDINATION = new Actor("mathieu", "capitale-nationale", Set.of(Role.COORDINATOR));
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(MONTEREGIE, CAPITALE);

    @Test
    void anItemPostedByOneTenantIsOnEveryTenantsBoardWithItsTextAsTyped() {
        long id = watch(MONTEREGIE, watch -> watch.post(MONTEREGIE_COORDINATION, entry("<script>alert('x')</script> Loi 1",
                "https://www.quebec.ca/famille")));

        List<WatchItemLine> capitaleBoard = watch(CAPITALE, PolicyWatch::items);
        assertThat(capitaleBoard).filteredOn(line -> line.id() == id).singleElement().satisfies(line -> {
            assertThat(line.title()).isEqualTo("<script>alert('x')</script> Loi 1");
            assertThat(line.postedByTenant()).isEqualTo("monteregie");
            assertThat(line.sourceUrl()).isEqualTo("https://www.quebec.ca/famille");
        });
        long unseen = watch(CAPITALE, watch -> watch.newSinceLastVisit("mathieu"));
        assertThat(unseen).isGreaterThanOrEqualTo(1);
        watch(CAPITALE, watch -> {
            watch.visited("mathieu");
            return null;
        });
        long afterVisit = watch(CAPITALE, watch -> watch.newSinceLastVisit("mathieu"));
        assertThat(afterVisit).isZero();
    }

    @Test
    void aSourceThatIsNotAWebAddressAndAPartnersPostAreRefused() {
        assertThatThrownBy(() -> watch(MONTEREGIE, watch -> watch.post(MONTEREGIE_COORDINATION, entry("Loi", "javascript:alert(1)"))))
                .isInstanceOf(PolicyWatchItem.InvalidSource.class);
        Actor partner = new Actor("partenaire", "monteregie", Set.of(Role.PARTNER));
        assertThatThrownBy(() -> watch(MONTEREGIE, watch -> watch.post(partner, entry("Loi", null)))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void anUnsharedAssessmentIsInvisibleToOtherTenantsButNotToTheNetwork() {
        long id = watch(MONTEREGIE, watch -> watch.post(MONTEREGIE_COORDINATION, entry("Politique familiale municipale", null)));
        watch(CAPITALE, watch -> watch.assess(CAPITALE_COORDINATION, id, Impact.HIGH, true, "Touche nos haltes-garderies",
                false, List.of(), null));
        NetworkReader reader = new JdbcNetworkReader(persistence.database().network(), new JdbcNetworkPublication(persistence.database().owner()));

        assertThat(reader.assessments(id, true, "monteregie")).isEmpty();
        assertThat(reader.assessments(id, false, null)).extracting(NetworkAssessment::tenant, NetworkAssessment::impact)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("capitale-nationale", "HIGH"));

        watch(CAPITALE, watch -> watch.assess(CAPITALE_COORDINATION, id, Impact.HIGH, true, "Touche nos haltes-garderies",
                true, List.of(), 0));
        assertThat(reader.assessments(id, true, "monteregie")).extracting(NetworkAssessment::note)
                .containsExactly("Touche nos haltes-garderies");
        java.util.Optional<AssessmentLine> monteregiesOwn = watch(MONTEREGIE, watch -> watch.assessment(id));
        assertThat(monteregiesOwn).isEmpty();
    }

    private static WatchItemEntry entry(String title, String source) {
        return new WatchItemEntry(title, Jurisdiction.QUEBEC, LocalDate.of(2025, 3, 1), source, "Résumé",
                List.of("parental-support"), PolicyStatus.ANNOUNCED);
    }

    private static <T> T watch(Tenant tenant, Function<PolicyWatch, T> work) {
        return persistence.inServiceTransaction(tenant, entityManager -> {
            PolicyWatch watch = new PolicyWatch();
            watch.board = Services.over(entityManager).watchBoard();
            watch.plans = Services.over(entityManager).plans();
            return work.apply(watch);
        });
    }
}
