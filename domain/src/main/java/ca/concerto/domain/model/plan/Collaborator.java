package ca.concerto.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A collaborator of an action, as the document names it, with the organisation it matches if any. */
@Embeddable
public class Collaborator {

    @Column(name = "name", nullable = false)
    private String name;

    /** The tenant's organisation this collaborator is; a plain id because audit keeps collections flat. */
    @Column(name = "organisation_id")
    private Long organisationId;

    protected Collaborator() {
    }

    public Collaborator(String name, Long organisationId) {
        this.name = Objects.requireNonNull(name, "name").strip();
        this.organisationId = organisationId;
    }

    public String name() {
        return name;
    }

    public Long organisationId() {
        return organisationId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Collaborator that && name.equals(that.name)
                && Objects.equals(organisationId, that.organisationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, organisationId);
    }
}
