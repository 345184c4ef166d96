package ca.concerto.domain.application.partners;

import static ca.concerto.tenancy.testing.TestTenants.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.domain.infrastructure.persistence.JpaPeople;
import ca.concerto.domain.infrastructure.persistence.JpaRepository;
import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.NotAllowed;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.partner.Committee;
import ca.concerto.domain.model.partner.Person;
import ca.concerto.domain.model.shared.ChangedMeanwhile;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.testing.Services;
import ca.concerto.domain.testing.TenantPersistence;
import ca.concerto.tenancy.domain.Tenant;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The coordination keeps its committees' members; a stale change saves nothing. */
class CommitteeMembersTest {

    private static final Tenant CAPITALE = tenant("capitale-nationale");
    private static final Actor MATHIEU = new Actor("mathieu.gagnon", "capitale-nationale", Set.of(Role.COORDINATOR));
    private static final Actor AUDITOR = new Actor("audit", "capitale-nationale", Set.of(Role.AUDITOR));
    @RegisterExtension
    static final TenantPersistence persistence = TenantPersistence.forTenants(CAPITALE);

    @Test
    void aMemberIsAddedThenMovedToTheExecutiveCommitteeFromTheVersionRead() {
        long id = partners(service -> service.saveMember(MATHIEU, new MemberEntry(null, 0, " Julie Roy ", "Directrice",
                "Organisme inconnu du réseau", Set.of(Committee.REGIONAL_COMMITTEE))));
        partners(service -> service.saveMember(MATHIEU, new MemberEntry(id, 0, "Julie Roy", "Directrice générale",
                "Organisme inconnu du réseau", Set.of(Committee.REGIONAL_COMMITTEE, Committee.EXECUTIVE_COMMITTEE))));

        assertThatThrownBy(() -> partners(service -> service.saveMember(MATHIEU, new MemberEntry(id, 0, "Julie Roy", null, null,
                Set.of())))).isInstanceOf(ChangedMeanwhile.class);
        assertThatThrownBy(() -> partners(service -> service.saveMember(MATHIEU, new MemberEntry(null, 0, " ", null, null,
                Set.of())))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> partners(service -> service.saveMember(AUDITOR, new MemberEntry(null, 0, "Intrus", null, null,
                Set.of())))).isInstanceOf(NotAllowed.class);

        persistence.run(CAPITALE, "test", "", em -> {
            Person julie = em.find(Person.class, id);
            assertThat(julie.fullName()).isEqualTo("Julie Roy");
            assertThat(julie.title()).isEqualTo("Directrice générale");
            assertThat(julie.organisationText()).isEqualTo("Organisme inconnu du réseau");
            assertThat(julie.committees()).containsExactlyInAnyOrder(Committee.REGIONAL_COMMITTEE, Committee.EXECUTIVE_COMMITTEE);
        });
        PartnerDirectoryView.MemberLine line = persistence.inServiceTransaction(CAPITALE, em -> service(em).directory().members()
                .stream().filter(member -> member.id() == id).findFirst().orElseThrow());
        assertThat(line.version()).isEqualTo(1);
    }

    private static <T> T partners(Function<PartnerService, T> work) {
        return persistence.inServiceTransaction(CAPITALE, em -> work.apply(service(em)));
    }

    private static PartnerService service(EntityManager em) {
        Services services = Services.over(em);
        PartnerService service = new PartnerService();
        service.people = JpaRepository.over(em, JpaPeople::new);
        service.organisations = services.organisations();
        service.accounts = services.accounts();
        service.revisions = services.revisions();
        return service;
    }
}
