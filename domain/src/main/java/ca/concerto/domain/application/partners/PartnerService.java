package ca.concerto.domain.application.partners;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.audit.Revisions;
import ca.concerto.domain.model.partner.Logins;
import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.partner.Organisations;
import ca.concerto.domain.model.partner.PartnerAccount;
import ca.concerto.domain.model.partner.PartnerAccounts;
import ca.concerto.domain.model.partner.People;
import ca.concerto.domain.model.partner.UnknownLogin;
import ca.concerto.domain.model.shared.InvalidInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/**
 * The body's partners: its organisations, its committee members, and which organisation each partner
 * login speaks for. The coordination changes them; everyone in the body reads them.
 */
@RequestScoped
public class PartnerService {

    @Inject
    People people;

    @Inject
    Organisations organisations;

    @Inject
    PartnerAccounts accounts;

    @Inject
    Revisions revisions;

    @Inject
    Logins logins;

    /** Organisations, committee members and partner accounts, in one transaction. */
    @Transactional
    public PartnerDirectoryView.Directory directory() {
        return new PartnerDirectoryView.Directory(organisations(), members(), accounts());
    }

    @Transactional
    public List<PartnerDirectoryView.OrganisationLine> organisations() {
        return organisations.all().stream().map(PartnerService::line).toList();
    }

    /**
     * @throws InvalidInput for a blank name
     * @throws OrganisationAlreadyKnown for a name (or an acronym) the body already has
     */
    @Transactional
    public PartnerDirectoryView.OrganisationLine createOrganisation(Actor actor, String name, String acronym, String sector) {
        Rights.ensureMayEditPlans(actor);
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "An organisation has a name");
        }
        if (organisations.named(name).isPresent() || organisations.named(acronym).isPresent()) {
            throw new OrganisationAlreadyKnown(name.strip());
        }
        revisions.record(actor, RevisionKind.EDIT, "Organisation " + name.strip());
        Organisation organisation = new Organisation(name, acronym, sector == null || sector.isBlank() ? null : sector.strip());
        organisations.add(organisation);
        return line(organisation);
    }

    /** Committee members, by name. */
    private List<PartnerDirectoryView.MemberLine> members() {
        return people.all().stream()
                .map(person -> new PartnerDirectoryView.MemberLine(person.fullName(), person.title(),
                        person.organisation() == null ? person.organisationText() : line(person.organisation()).displayName(),
                        person.committees()))
                .sorted(Comparator.comparing(PartnerDirectoryView.MemberLine::fullName)).toList();
    }

    private List<PartnerDirectoryView.AccountLine> accounts() {
        return accounts.all().stream()
                .map(account -> new PartnerDirectoryView.AccountLine(account.username(), account.organisation().id(),
                        line(account.organisation()).displayName()))
                .toList();
    }

    /**
     * The partner login now speaks for that organisation (a new account, or a changed one).
     *
     * @throws UnknownLogin when nobody of the body signs in with that username
     */
    @Transactional
    public void assign(Actor actor, String username, long organisationId) {
        Rights.ensureMayEditPlans(actor);
        Organisation organisation = organisations.get(organisationId);
        if (actor.body().isEmpty() || !logins.ofBody(actor.body().get(), username)) {
            throw new UnknownLogin(username);
        }
        revisions.record(actor, RevisionKind.EDIT, "Compte partenaire " + username);
        accounts.find(username).ifPresentOrElse(account -> account.speaksFor(organisation),
                () -> accounts.add(new PartnerAccount(username, organisation)));
    }

    private static PartnerDirectoryView.OrganisationLine line(Organisation organisation) {
        return new PartnerDirectoryView.OrganisationLine(organisation.id(), organisation.name(), organisation.acronym(),
                organisation.sector());
    }
}
