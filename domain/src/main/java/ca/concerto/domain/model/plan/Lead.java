package ca.concerto.domain.model.plan;

import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.partner.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/**
 * Who carries an action (the "porteur"): as the document writes it, and, when known, the organisation
 * or the person it names.
 */
@Embeddable
public class Lead {

    @Column(name = "lead_text")
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_person_id")
    private Person person;

    protected Lead() {
    }

    private Lead(String text, Organisation organisation, Person person) {
        this.text = text;
        this.organisation = organisation;
        this.person = person;
    }

    public static Lead organisation(Organisation organisation) {
        return new Lead(organisation.name(), organisation, null);
    }

    public static Lead person(Person person) {
        return new Lead(person.fullName(), null, person);
    }

    /** A lead the document names in words only, e.g. "Comité exécutif et agente de soutien du CROC". */
    public static Lead asWritten(String text) {
        return new Lead(text, null, null);
    }

    /** A lead as the document writes it ("DSP"), known to be that organisation. */
    public static Lead asWritten(String text, Organisation organisation) {
        return new Lead(text, organisation, null);
    }

    /** Two leads are the same when they read the same and name the same organisation or person, if any. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Lead lead && Objects.equals(text, lead.text)
                && Objects.equals(organisation == null ? null : organisation.id(), lead.organisation == null ? null : lead.organisation.id())
                && Objects.equals(person == null ? null : person.id(), lead.person == null ? null : lead.person.id());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, organisation == null ? null : organisation.id());
    }

    @Override
    public String toString() {
        return text;
    }

    public String text() {
        return text;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Person person() {
        return person;
    }
}
