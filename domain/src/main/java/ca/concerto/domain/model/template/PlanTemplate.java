package ca.concerto.domain.model.template;

import ca.concerto.domain.model.plan.PlanType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A shape of plan shared by every tenant (in the platform schema): the levels of its tree and the fields
 * each level carries. Plans name their template and keep their own elements, so a template can change
 * without rewriting any plan.
 */
@Entity
@Table(schema = "platform", name = "plan_template")
public class PlanTemplate {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false)
    private PlanType planType;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "platform", name = "plan_template_level", joinColumns = @JoinColumn(name = "template_code"))
    @OrderBy("position")
    private List<TemplateLevel> levels;

    protected PlanTemplate() {
    }

    public String code() {
        return code;
    }

    public PlanType planType() {
        return planType;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public List<TemplateLevel> levels() {
        return List.copyOf(levels);
    }

    public Optional<TemplateLevel> level(String levelCode) {
        return levels.stream().filter(level -> level.code().equals(levelCode)).findFirst();
    }

    /** The levels an element of the given level may hold (null: the top of the plan). */
    public List<TemplateLevel> childrenOf(String levelCode) {
        return levels.stream().filter(level -> java.util.Objects.equals(level.parentCode(), levelCode)).toList();
    }
}
