package ca.concerto.domain.application.partners;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.audit.RevisionDetails;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.partner.PartnerAccount;
import ca.concerto.domain.model.partner.Person;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/**
 * The body's partners: its organisations, its committee members, and which organisation each partner
 * login speaks for. The coordination changes them; everyone in the body reads them.
 */
@RequestScoped
public class PartnerService {

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    @Transactional
    public List<PartnerDirectoryView.OrganisationLine> organisations() {
        return new Organisations(entityManager).all().stream().map(PartnerService::line).toList();
    }

    /**
     * @throws IllegalArgumentException for a blank name, or one (or an acronym) the body already has
     */
    @Transactional
    public PartnerDirectoryView.OrganisationLine createOrganisation(Actor actor, String name, String acronym, String sector) {
        Rights.ensureMayEditPlans(actor);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An organisation has a name");
        }
        Organisations organisations = new Organisations(entityManager);
        if (organisations.named(name).isPresent() || organisations.named(acronym).isPresent()) {
            throw new OrganisationAlreadyKnown(name.strip());
        }
        Revisions.describe(entityManager, new RevisionDetails(actor.username(), actor.tenant(), RevisionKind.EDIT,
                "Organisation " + name.strip()));
        Organisation organisation = new Organisation(name, acronym, sector == null || sector.isBlank() ? null : sector.strip());
        entityManager.persist(organisation);
        entityManager.flush();
        return line(organisation);
    }

    /** Committee members first by committee, then by name. */
    @Transactional
    public List<PartnerDirectoryView.MemberLine> members() {
        return entityManager.createQuery("select p from Person p left join fetch p.organisation", Person.class).getResultStream()
                .map(person -> new PartnerDirectoryView.MemberLine(person.fullName(), person.title(),
                        person.organisation() == null ? person.organisationText() : line(person.organisation()).displayName(),
                        person.committees()))
                .sorted(Comparator.comparing(PartnerDirectoryView.MemberLine::fullName)).toList();
    }

    @Transactional
    public List<PartnerDirectoryView.AccountLine> accounts() {
        return entityManager.createQuery("select a from PartnerAccount a join fetch a.organisation order by a.username",
                PartnerAccount.class).getResultStream()
                .map(account -> new PartnerDirectoryView.AccountLine(account.username(), account.organisation().id(),
                        line(account.organisation()).displayName()))
                .toList();
    }

    /** The partner login now speaks for that organisation (a new account, or a changed one). */
    @Transactional
    public void assign(Actor actor, String username, long organisationId) {
        Rights.ensureMayEditPlans(actor);
        Organisation organisation = entityManager.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new IllegalArgumentException("No organisation " + organisationId + " in this tenant");
        }
        Revisions.describe(entityManager, new RevisionDetails(actor.username(), actor.tenant(), RevisionKind.EDIT,
                "Compte partenaire " + username));
        PartnerAccount account = entityManager.find(PartnerAccount.class, username == null ? "" : username.strip());
        if (account == null) {
            entityManager.persist(new PartnerAccount(username, organisation));
        } else {
            account.speaksFor(organisation);
        }
        entityManager.flush();
    }

    private static PartnerDirectoryView.OrganisationLine line(Organisation organisation) {
        return new PartnerDirectoryView.OrganisationLine(organisation.id(), organisation.name(), organisation.acronym(),
                organisation.sector());
    }
}
