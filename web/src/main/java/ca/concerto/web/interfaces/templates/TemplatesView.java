package ca.concerto.web.interfaces.templates;

import ca.concerto.domain.application.templates.TemplateAdministration;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.shared.InvalidInput;
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

/** The platform administrators' page for the shared templates: levels, their fields, starter content. */
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

    public void load() {
        templates = administration.templates();
        if (code == null && !templates.isEmpty()) {
            code = templates.get(0).code();
        }
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

    public void saveLevel() {
        change(() -> {
            if (newLevelCode != null && !newLevelCode.isBlank()) {
                administration.addLevel(actor.get(), code, newLevelCode.strip(), blankToNull(newLevelParent), levelFr, levelEn, fields());
            } else {
                administration.relabelLevel(actor.get(), code, levelCode, levelFr, levelEn, fields());
            }
        });
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
        try {
            change.run();
            messages.add(FacesMessage.SEVERITY_INFO, "templates.saved");
        } catch (InvalidInput refused) {
            messages.add(FacesMessage.SEVERITY_ERROR, "templates.refused");
        }
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
