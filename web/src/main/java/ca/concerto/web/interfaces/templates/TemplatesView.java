package ca.concerto.web.interfaces.templates;

import ca.concerto.domain.application.templates.TemplateAdministration;
import ca.concerto.domain.application.templates.TemplateDraft;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.TemplateLevel;
import ca.concerto.domain.model.template.TemplateStarter;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.LanguageSelection;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform administrators' page for the shared templates: creating or copying one, its names and the
 * kind of plan it makes, its levels and their fields, retiring a level, starter content, deleting a template
 * no plan was made from. Refusals show through the page's handler, next to nothing changed.
 */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TemplateAdministration administration;

    @Inject
    CurrentActor actor;

    @Inject
    LanguageSelection language;

    @Inject
    Messages messages;

    private List<PlanTemplate> templates = List.of();
    private String code;
    private String levelCode;
    private String levelFr;
    private String levelEn;
    private List<String> levelFields = new ArrayList<>();
    private String newLevelCode;
    private String newLevelParent;
    private String starterLevel;
    private String starterNumber;
    private String starterTitle;
    private Integer starterParent;
    private String nameFr;
    private String nameEn;
    private String kindFr;
    private String kindEn;
    private int version;
    private String newNameFr;
    private String newNameEn;
    private String newKindFr;
    private String newKindEn;
    private String copyOf;

    public void load() {
        templates = administration.templates();
        if (code == null && !templates.isEmpty()) {
            code = templates.get(0).code();
        }
        chosen();
    }

    /** Fills the template's form with the chosen template's names and kind, and the version read. */
    public void chosen() {
        PlanTemplate template = getTemplate();
        if (template != null) {
            nameFr = template.name(Locale.CANADA_FRENCH);
            nameEn = template.name(Locale.ENGLISH);
            kindFr = template.kind().french();
            kindEn = template.kind().english();
            version = template.version();
        }
        levelCode = null;
        newLevelCode = null;
    }

    /** A new template, empty or a copy of another, chosen at once for its levels. */
    public void createTemplate() {
        code = copyOf == null || copyOf.isBlank()
                ? administration.create(actor.get(), new TemplateDraft(null, newNameFr, newNameEn, newKindFr, newKindEn, List.of()))
                : administration.copy(actor.get(), copyOf, null, newNameFr, newNameEn);
        messages.add(FacesMessage.SEVERITY_INFO, "templates.created");
        newNameFr = newNameEn = newKindFr = newKindEn = copyOf = null;
        load();
    }

    /** The template's names and kind, over the version the page read. */
    public void describe() {
        administration.describe(actor.get(), code, version, nameFr, nameEn, kindFr, kindEn);
        messages.add(FacesMessage.SEVERITY_INFO, "templates.saved");
        load();
    }

    public void retireLevel(TemplateLevel level) {
        administration.retireLevel(actor.get(), code, level.code());
        messages.add(FacesMessage.SEVERITY_INFO, "templates.level.retired");
        load();
    }

    public void deleteTemplate() {
        administration.delete(actor.get(), code);
        messages.add(FacesMessage.SEVERITY_INFO, "templates.deleted");
        code = null;
        load();
    }

    public boolean isAllowed() {
        return Rights.mayManageTemplates(actor.get());
    }

    public PlanTemplate getTemplate() {
        return templates.stream().filter(template -> template.code().equals(code)).findFirst().orElse(null);
    }

    /** Fills the level form with a level, to change its names and fields. */
    public void editLevel(TemplateLevel level) {
        levelCode = level.code();
        levelFr = level.label(Locale.CANADA_FRENCH);
        levelEn = level.label(Locale.ENGLISH);
        levelFields = level.fields().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        newLevelCode = null;
    }

    /** Fills the level form for a new level. */
    public void newLevel() {
        levelCode = null;
        newLevelCode = null;
        levelFr = null;
        levelEn = null;
        levelFields = new ArrayList<>();
    }

    /** Saves the level being edited, or adds a new one (its code made from its French name when left empty). */
    public void saveLevel() {
        if (levelCode != null) {
            administration.relabelLevel(actor.get(), code, levelCode, levelFr, levelEn, fields());
        } else {
            administration.addLevel(actor.get(), code, newLevelCode, blankToNull(newLevelParent), levelFr, levelEn, fields());
        }
        messages.add(FacesMessage.SEVERITY_INFO, "templates.saved");
        newLevel();
        templates = administration.templates();
    }

    public void addStarter() {
        change(() -> administration.addStarter(actor.get(), code, starterLevel, starterNumber, starterTitle, starterParent));
        starterTitle = null;
        starterNumber = null;
    }

    public void removeStarter(int position) {
        change(() -> administration.removeStarter(actor.get(), code, position));
    }

    private void change(Runnable change) {
        change.run();
        messages.add(FacesMessage.SEVERITY_INFO, "templates.saved");
        templates = administration.templates();
    }

    public String levelLabel(String levelCode) {
        PlanTemplate template = getTemplate();
        return template == null ? levelCode : template.level(levelCode).map(level -> level.label(language.getLocale())).orElse(levelCode);
    }

    /** A starter element's label: its level and number, its title, and the element it is under. */
    public String starterLabel(TemplateStarter starter) {
        return levelLabel(starter.levelCode()) + (starter.number() == null ? "" : " " + starter.number()) + " — " + starter.title();
    }

    public ElementField[] getAllFields() {
        return ElementField.values();
    }

    private Set<ElementField> fields() {
        Set<ElementField> fields = EnumSet.noneOf(ElementField.class);
        levelFields.forEach(name -> fields.add(ElementField.valueOf(name)));
        return fields;
    }


    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public boolean isEditingLevel() {
        return levelCode != null;
    }

    /** The levels a new level or starter may be put under: those still offered. */
    public List<TemplateLevel> getActiveLevels() {
        PlanTemplate template = getTemplate();
        return template == null ? List.of() : template.levels().stream().filter(level -> !level.isRetired()).toList();
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getKindFr() {
        return kindFr;
    }

    public void setKindFr(String kindFr) {
        this.kindFr = kindFr;
    }

    public String getKindEn() {
        return kindEn;
    }

    public void setKindEn(String kindEn) {
        this.kindEn = kindEn;
    }

    public String getNewNameFr() {
        return newNameFr;
    }

    public void setNewNameFr(String newNameFr) {
        this.newNameFr = newNameFr;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }

    public String getNewKindFr() {
        return newKindFr;
    }

    public void setNewKindFr(String newKindFr) {
        this.newKindFr = newKindFr;
    }

    public String getNewKindEn() {
        return newKindEn;
    }

    public void setNewKindEn(String newKindEn) {
        this.newKindEn = newKindEn;
    }

    public String getCopyOf() {
        return copyOf;
    }

    public void setCopyOf(String copyOf) {
        this.copyOf = copyOf;
    }

    public List<PlanTemplate> getTemplates() {
        return templates;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public String getLevelFr() {
        return levelFr;
    }

    public void setLevelFr(String levelFr) {
        this.levelFr = levelFr;
    }

    public String getLevelEn() {
        return levelEn;
    }

    public void setLevelEn(String levelEn) {
        this.levelEn = levelEn;
    }

    public List<String> getLevelFields() {
        return levelFields;
    }

    public void setLevelFields(List<String> levelFields) {
        this.levelFields = levelFields == null ? new ArrayList<>() : new ArrayList<>(levelFields);
    }

    public String getNewLevelCode() {
        return newLevelCode;
    }

    public void setNewLevelCode(String newLevelCode) {
        this.newLevelCode = newLevelCode;
    }

    public String getNewLevelParent() {
        return newLevelParent;
    }

    public void setNewLevelParent(String newLevelParent) {
        this.newLevelParent = newLevelParent;
    }

    public String getStarterLevel() {
        return starterLevel;
    }

    public void setStarterLevel(String starterLevel) {
        this.starterLevel = starterLevel;
    }

    public String getStarterNumber() {
        return starterNumber;
    }

    public void setStarterNumber(String starterNumber) {
        this.starterNumber = starterNumber;
    }

    public String getStarterTitle() {
        return starterTitle;
    }

    public void setStarterTitle(String starterTitle) {
        this.starterTitle = starterTitle;
    }

    public Integer getStarterParent() {
        return starterParent;
    }

    public void setStarterParent(Integer starterParent) {
        this.starterParent = starterParent;
    }
}
