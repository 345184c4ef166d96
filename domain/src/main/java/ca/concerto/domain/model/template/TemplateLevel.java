package ca.concerto.domain.model.template;

import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One level of a template's tree, e.g. "activite" under "action", and the fields it carries. */
@Embeddable
public class TemplateLevel implements Serializable {

    @Column(name = "code", nullable = false)
    private String code;

    /** The level this one sits under; null at the top. */
    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "label_fr", nullable = false)
    private String labelFr;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    /** No longer offered; kept for the plans that have elements of it. */
    @Column(name = "retired", nullable = false)
    private boolean retired;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fields", nullable = false)
    private String[] fields;

    protected TemplateLevel() {
    }

    TemplateLevel(String code, String parentCode, int position, String labelFr, String labelEn, Set<ElementField> fields) {
        this.code = code;
        this.parentCode = parentCode;
        this.position = position;
        relabel(labelFr, labelEn, fields);
    }

    TemplateLevel copy() {
        TemplateLevel copy = new TemplateLevel(code, parentCode, position, labelFr, labelEn, fields());
        copy.retired = retired;
        return copy;
    }

    void retire() {
        retired = true;
    }

    public boolean isRetired() {
        return retired;
    }

    void relabel(String labelFr, String labelEn, Set<ElementField> fields) {
        if (labelFr == null || labelFr.isBlank() || labelEn == null || labelEn.isBlank()) {
            throw new InvalidInput("levels.name", "A level is named in French and in English");
        }
        this.labelFr = TextLimits.within(labelFr.strip(), TextLimits.NAME, "levels.nameFr");
        this.labelEn = TextLimits.within(labelEn.strip(), TextLimits.NAME, "levels.nameEn");
        this.fields = fields.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    public String code() {
        return code;
    }

    public String parentCode() {
        return parentCode;
    }

    public int position() {
        return position;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    public Set<ElementField> fields() {
        Set<ElementField> carried = EnumSet.noneOf(ElementField.class);
        Arrays.stream(fields).map(ElementField::valueOf).forEach(carried::add);
        return carried;
    }
}
