package ca.concerto.domain.model.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;

/** One of the fields of action the network compares bodies on, e.g. early literacy. Shared by all tenants. */
@Entity
@Table(schema = "platform", name = "field_of_action")
public class FieldOfAction implements Serializable {

    @Id
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_fr", nullable = false)
    private String labelFr;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    protected FieldOfAction() {
    }

    public String code() {
        return code;
    }

    public int position() {
        return position;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }
}
