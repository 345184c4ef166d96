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
import ca.concerto.domain.model.partner.Person;
import ca.concerto.domain.model.partner.UnknownLogin;
import ca.concerto.domain.model.shared.ChangedMeanwhile;
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
                .map(person -> new PartnerDirectoryView.MemberLine(person.id(), person.fullName(), person.title(),
                        person.organisation() == null ? person.organisationText() : line(person.organisation()).displayName(),
                        person.committees(), person.version()))
                .sorted(Comparator.comparing(PartnerDirectoryView.MemberLine::fullName)).toList();
    }

    private List<PartnerDirectoryView.AccountLine> accounts() {
        return accounts.all().stream()
                .map(account -> new PartnerDirectoryView.AccountLine(account.username(), account.organisation().id(),
                        line(account.organisation()).displayName()))
                .toList();
    }

    /**
     * Adds a member (no id), or changes one from the version the person read: name, title, organisation
     * (one of the body's, matched by name or acronym, else kept as written) and the committees they sit on.
     *
     * @throws ChangedMeanwhile when the member changed since that version; nothing is saved
     * @return the member's number
     */
    @Transactional
    public long saveMember(Actor actor, MemberEntry entry) {
        Rights.ensureMayEditPlans(actor);
        Organisation organisation = entry.organisation() == null ? null : organisations.named(entry.organisation()).orElse(null);
        revisions.record(actor, RevisionKind.EDIT, "Membre " + (entry.fullName() == null ? "" : entry.fullName().strip()));
        if (entry.id() == null) {
            Person person = new Person(entry.fullName(), entry.title(), organisation, entry.organisation());
            person.sitOn(entry.committees());
            people.add(person);
            return person.id();
        }
        Person person = people.get(entry.id());
        if (entry.fromVersion() != person.version()) {
            throw new ChangedMeanwhile("The member " + entry.id() + " changed since version " + entry.fromVersion());
        }
        person.describe(entry.fullName(), entry.title(), organisation, entry.organisation());
        person.sitOn(entry.committees());
        return person.id();
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
