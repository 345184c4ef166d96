package ca.concerto.domain.model.template;

import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.model.plan.PlanType;
import ca.concerto.domain.model.shared.InvalidInput;
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
public class PlanTemplate implements LevelRule {

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

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SELECT)
    @CollectionTable(schema = "platform", name = "plan_template_starter", joinColumns = @JoinColumn(name = "template_code"))
    @OrderBy("position")
    private List<TemplateStarter> starters = new java.util.ArrayList<>();

    protected PlanTemplate() {
    }

    public void rename(String nameFr, String nameEn) {
        if (nameFr == null || nameFr.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new InvalidInput("A template is named in French and in English");
        }
        this.nameFr = nameFr.strip();
        this.nameEn = nameEn.strip();
    }

    /**
     * A new level under another (null: at the top).
     *
     * @throws IllegalArgumentException for a malformed or existing code, or an unknown parent
     */
    public void addLevel(String code, String parentCode, String labelFr, String labelEn, java.util.Set<ElementField> fields) {
        if (code == null || !code.matches("[a-z][a-z0-9-]*") || level(code).isPresent()
                || parentCode != null && level(parentCode).isEmpty()) {
            throw new InvalidInput("A new level needs a new code (a-z, 0-9, -) and a known parent");
        }
        levels.add(new TemplateLevel(code, parentCode, levels.size(), labelFr, labelEn, fields));
    }

    public void relabelLevel(String code, String labelFr, String labelEn, java.util.Set<ElementField> fields) {
        levels.stream().filter(level -> level.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No level " + code)).relabel(labelFr, labelEn, fields);
    }

    /** A starter element at the end (under the starter at parentPosition, or at the top when null). */
    public void addStarter(String levelCode, String number, String title, Integer parentPosition) {
        if (level(levelCode).isEmpty() || title == null || title.isBlank()
                || parentPosition != null && starters.stream().noneMatch(starter -> starter.position() == parentPosition)) {
            throw new InvalidInput("A starter element has a known level, a title and a known parent");
        }
        int position = starters.stream().mapToInt(TemplateStarter::position).max().orElse(-1) + 1;
        starters.add(new TemplateStarter(position, parentPosition, levelCode, number, title));
    }

    /** Removes a starter element and those under it. */
    public void removeStarter(int position) {
        java.util.Set<Integer> doomed = new java.util.HashSet<>(java.util.Set.of(position));
        boolean grew = true;
        while (grew) {
            grew = starters.stream().filter(starter -> starter.parentPosition() != null && doomed.contains(starter.parentPosition()))
                    .map(TemplateStarter::position).map(doomed::add).reduce(false, Boolean::logicalOr);
        }
        starters.removeIf(starter -> doomed.contains(starter.position()));
    }

    public List<TemplateStarter> starters() {
        return List.copyOf(starters);
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

    /** True when the template has the level right under the parent's level (null: at the top of the plan). */
    @Override
    public boolean allows(String parentLevelCode, String levelCode) {
        return childrenOf(parentLevelCode).stream().anyMatch(level -> level.code().equals(levelCode));
    }

    /** The levels an element of the given level may hold (null: the top of the plan). */
    public List<TemplateLevel> childrenOf(String levelCode) {
        return levels.stream().filter(level -> java.util.Objects.equals(level.parentCode(), levelCode)).toList();
    }
}
