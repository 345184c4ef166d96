package ca.concerto.domain.model.partner;

import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A person of the body's network: a committee member, a contributor, an agent. */
@Entity
@Table(name = "person")
@Audited(withModifiedFlag = true)
public class Person {

    @Id
    @GeneratedValue(generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(name = "full_name")
    private String fullName;

    /** The person's title, e.g. "Directrice générale". */
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** The organisation as the document writes it, kept when it names no known organisation. */
    @Column(name = "organisation_text")
    private String organisationText;

    @ElementCollection
    @CollectionTable(name = "person_committee", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "committee")
    private Set<Committee> committees = EnumSet.noneOf(Committee.class);

    @Version
    private int version;

    protected Person() {
    }

    public Person(String fullName, String title, Organisation organisation, String organisationText) {
        describe(fullName, title, organisation, organisationText);
    }

    /** Who the person is: their name, title, and organisation (a known one, else as written). */
    public void describe(String fullName, String title, Organisation organisation, String organisationText) {
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidInput("fullName", "A member has a name");
        }
        this.fullName = TextLimits.within(fullName.strip(), TextLimits.NAME, "fullName");
        this.title = title == null || title.isBlank() ? null : TextLimits.within(title.strip(), TextLimits.NAME, "title");
        this.organisation = organisation;
        this.organisationText = organisation != null || organisationText == null || organisationText.isBlank() ? null
                : TextLimits.within(organisationText.strip(), TextLimits.NAME, "organisation");
    }

    /** The committees the person sits on now; none: they stay known (they may lead elements) but sit on none. */
    public void sitOn(Set<Committee> committees) {
        this.committees.clear();
        this.committees.addAll(committees);
    }

    public int version() {
        return version;
    }

    public void joinCommittee(Committee committee) {
        committees.add(committee);
    }

    public Long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public String title() {
        return title;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String organisationText() {
        return organisationText;
    }

    public Set<Committee> committees() {
        return Collections.unmodifiableSet(committees);
    }
}
