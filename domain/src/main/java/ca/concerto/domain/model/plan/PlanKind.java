package ca.concerto.domain.model.plan;

import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * What kind of plan a document is, in the words its title page prints: "Plan stratégique", "Plan d'action
 * 2024-2025"... A template names the kind of plan it makes; a plan keeps the kind it was made as.
 */
@Embeddable
public class PlanKind implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "kind_fr", nullable = false)
    private String french;

    @Column(name = "kind_en", nullable = false)
    private String english;

    protected PlanKind() {
    }

    public PlanKind(String french, String english) {
        this.french = required(french, "kindFr");
        this.english = required(english, "kindEn");
    }

    private static String required(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput(field, "A kind of plan is named in French and in English");
        }
        return TextLimits.within(name.strip(), TextLimits.NAME, field);
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : french;
    }

    public String french() {
        return french;
    }

    public String english() {
        return english;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanKind kind && french.equals(kind.french) && english.equals(kind.english);
    }

    @Override
    public int hashCode() {
        return Objects.hash(french, english);
    }

    @Override
    public String toString() {
        return french;
    }
}
