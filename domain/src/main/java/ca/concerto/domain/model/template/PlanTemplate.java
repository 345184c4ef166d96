package ca.concerto.domain.model.template;

import ca.concerto.domain.model.plan.LevelRule;
import ca.concerto.domain.model.plan.PlanKind;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.shared.TextLimits;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A shape of plan shared by every tenant (in the platform schema): the kind of plan it makes, the levels of
 * its tree and the fields each level carries. Plans name their template and keep their own elements and
 * kind, so a template can change without rewriting any plan; a retired level stays for the plans that use
 * it and is no longer offered.
 */
@Entity
@Table(schema = "platform", name = "plan_template")
public class PlanTemplate implements LevelRule, Serializable {

    /** The form of a template's and a level's code. */
    public static final String CODE = "[a-z][a-z0-9-]{0,62}";

    @Id
    private String code;

    @Embedded
    private PlanKind kind;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    /** Set once a plan is made from the template: from then on it is kept, for that plan and its history. */
    @Column(nullable = false)
    private boolean used;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "platform", name = "plan_template_level", joinColumns = @JoinColumn(name = "template_code"))
    @OrderBy("position")
    private List<TemplateLevel> levels = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(schema = "platform", name = "plan_template_starter", joinColumns = @JoinColumn(name = "template_code"))
    @OrderBy("position")
    private List<TemplateStarter> starters = new ArrayList<>();

    @Version
    private int version;

    protected PlanTemplate() {
    }

    /** A new template without levels yet. */
    public PlanTemplate(String code, String nameFr, String nameEn, PlanKind kind) {
        if (code == null || !code.matches(CODE)) {
            throw new InvalidInput("code", "A template's code is made of a-z, 0-9 and -, 63 characters at most");
        }
        this.code = code;
        this.kind = Objects.requireNonNull(kind, "kind");
        rename(nameFr, nameEn);
    }

    /** A template of another code with this one's names, kind, levels (retired ones too) and starter content. */
    public PlanTemplate copyAs(String newCode, String newNameFr, String newNameEn) {
        PlanTemplate copy = new PlanTemplate(newCode, newNameFr, newNameEn, kind);
        levels.forEach(level -> copy.levels.add(level.copy()));
        starters.forEach(starter -> copy.starters.add(starter.copy()));
        return copy;
    }

    public void rename(String nameFr, String nameEn) {
        this.nameFr = named(nameFr, "nameFr");
        this.nameEn = named(nameEn, "nameEn");
    }

    /** The kind of plan the template makes from now on; plans made already keep theirs. */
    public void makes(PlanKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    private static String named(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput(field, "A template is named in French and in English");
        }
        return TextLimits.within(name.strip(), TextLimits.NAME, field);
    }

    /**
     * A new level under another (null: at the top), after the existing ones.
     *
     * @throws InvalidInput for a malformed or existing code, or a parent unknown or retired
     */
    public TemplateLevel addLevel(String code, String parentCode, String labelFr, String labelEn, Set<ElementField> fields) {
        if (code == null || !code.matches(CODE)) {
            throw new InvalidInput("levels.code", "A level's code is made of a-z, 0-9 and -, 63 characters at most");
        }
        if (level(code).isPresent()) {
            throw new InvalidInput("levels.code", "The template has a level " + code + " already");
        }
        if (parentCode != null && level(parentCode).filter(parent -> !parent.isRetired()).isEmpty()) {
            throw new InvalidInput("levels.parent", "The template has no level " + parentCode + " to put a level under");
        }
        TemplateLevel level = new TemplateLevel(code, parentCode, levels.size(), labelFr, labelEn, fields);
        levels.add(level);
        return level;
    }

    /** A code for a new template from its name, unused among the codes taken. */
    public static String freeCode(String name, java.util.function.Predicate<String> taken) {
        return Codes.free(name, "template", taken);
    }

    /** A code for a new level from its name, unused in this template: "Objectif spécifique" → "objectif-specifique". */
    public String freeLevelCode(String name) {
        return Codes.free(name, "level", candidate -> level(candidate).isPresent());
    }

    /** New names and fields for a level; plans keep the elements they have in fields it no longer carries. */
    public void relabelLevel(String code, String labelFr, String labelEn, Set<ElementField> fields) {
        existingLevel(code).relabel(labelFr, labelEn, fields);
    }

    /**
     * The level is no longer offered, nor the levels under it: no new element of it, no starter element of
     * it. Plans that have elements of it keep them.
     */
    public void retireLevel(String code) {
        Set<String> retiring = new HashSet<>(Set.of(existingLevel(code).code()));
        boolean grew = true;
        while (grew) {
            grew = levels.stream().filter(level -> retiring.contains(level.parentCode())).map(TemplateLevel::code)
                    .map(retiring::add).reduce(false, Boolean::logicalOr);
        }
        levels.stream().filter(level -> retiring.contains(level.code())).forEach(TemplateLevel::retire);
        starters.stream().filter(starter -> retiring.contains(starter.levelCode())).map(TemplateStarter::position)
                .toList().forEach(this::removeStarter);
    }

    private TemplateLevel existingLevel(String code) {
        return level(code).orElseThrow(() -> new InvalidInput("level", "The template has no level " + code));
    }

    /** A starter element at the end (under the starter at parentPosition, or at the top when null). */
    public void addStarter(String levelCode, String number, String title, Integer parentPosition) {
        String parentLevel = parentPosition == null ? null
                : starters.stream().filter(starter -> starter.position() == parentPosition).findFirst()
                        .map(TemplateStarter::levelCode).orElse("?");
        if (title == null || title.isBlank() || !allows(parentLevel, levelCode)) {
            throw new InvalidInput("A starter element has a level offered under its parent, a title and a known parent");
        }
        int position = starters.stream().mapToInt(TemplateStarter::position).max().orElse(-1) + 1;
        starters.add(new TemplateStarter(position, parentPosition, levelCode, number, title));
    }

    /** Removes a starter element and those under it. */
    public void removeStarter(int position) {
        Set<Integer> doomed = new HashSet<>(Set.of(position));
        boolean grew = true;
        while (grew) {
            grew = starters.stream().filter(starter -> starter.parentPosition() != null && doomed.contains(starter.parentPosition()))
                    .map(TemplateStarter::position).map(doomed::add).reduce(false, Boolean::logicalOr);
        }
        starters.removeIf(starter -> doomed.contains(starter.position()));
    }

    /** A plan is made from the template: it is kept from now on. */
    public void markUsed() {
        if (!used) {
            used = true;
        }
    }

    /** @throws TemplateInUse once a plan was made from the template */
    public void ensureUnused() {
        if (used) {
            throw new TemplateInUse(code);
        }
    }

    public boolean isUsed() {
        return used;
    }

    public List<TemplateStarter> starters() {
        return List.copyOf(starters);
    }

    public String code() {
        return code;
    }

    public PlanKind kind() {
        return kind;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public int version() {
        return version;
    }

    /** Every level, retired ones too: the plans that use them still name them. */
    public List<TemplateLevel> levels() {
        return List.copyOf(levels);
    }

    public Optional<TemplateLevel> level(String levelCode) {
        return levels.stream().filter(level -> level.code().equals(levelCode)).findFirst();
    }

    /** True when the template offers the level right under the parent's level (null: at the top of the plan). */
    @Override
    public boolean allows(String parentLevelCode, String levelCode) {
        return childrenOf(parentLevelCode).stream().anyMatch(level -> level.code().equals(levelCode));
    }

    /** The levels offered under an element of the given level (null: the top of the plan); retired ones are not. */
    public List<TemplateLevel> childrenOf(String levelCode) {
        return levels.stream().filter(level -> !level.isRetired() && Objects.equals(level.parentCode(), levelCode)).toList();
    }
}
