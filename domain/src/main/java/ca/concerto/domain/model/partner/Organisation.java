package ca.concerto.domain.model.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** A partner organisation of the body, e.g. "Direction de santé publique (DSP)". */
@Entity
@Table(name = "organisation")
@Audited(withModifiedFlag = true)
public class Organisation {

    @Id
    @GeneratedValue(generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    private String name;

    /** The short form the plans use, e.g. DSP, AE, RCPEM; may be absent. */
    private String acronym;

    /** Health, education, municipal, community, daycare...; free text for now. */
    private String sector;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(String name, String acronym, String sector) {
        rename(name, acronym);
        this.sector = sector;
    }

    public void rename(String name, String acronym) {
        this.name = Objects.requireNonNull(name, "name").strip();
        this.acronym = acronym == null || acronym.isBlank() ? null : acronym.strip();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String acronym() {
        return acronym;
    }

    public String sector() {
        return sector;
    }

    public int version() {
        return version;
    }
}
