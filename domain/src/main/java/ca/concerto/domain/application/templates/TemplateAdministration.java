package ca.concerto.domain.application.templates;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.plan.PlanKind;
import ca.concerto.domain.model.shared.ChangedMeanwhile;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.PlanTemplates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The platform administrators' management of the shared templates: creating and copying them, their names
 * and the kind of plan they make, levels and the fields each carries, starter content, deleting one no plan
 * was made from. Plans keep what they were made with: a change here never rewrites a plan.
 */
@RequestScoped
public class TemplateAdministration {

    @Inject
    PlanTemplates templates;

    @Transactional
    public List<PlanTemplate> templates() {
        return templates.all();
    }

    @Transactional
    public PlanTemplate template(String code) {
        return templates.get(code);
    }

    /** @return the new template's code */
    @Transactional
    public String create(Actor actor, TemplateDraft draft) {
        Rights.ensureMayManageTemplates(actor);
        PlanTemplate template = new PlanTemplate(newCode(draft.code(), draft.nameFr()), draft.nameFr(), draft.nameEn(),
                new PlanKind(draft.kindFr(), draft.kindEn()));
        for (TemplateDraft.Level level : draft.levels()) {
            String levelCode = level.code() == null || level.code().isBlank() ? template.freeLevelCode(level.nameFr()) : level.code();
            template.addLevel(levelCode, blankToNull(level.parent()), level.nameFr(), level.nameEn(), level.fields());
        }
        templates.add(template);
        return template.code();
    }

    /** A copy of a template under new names, to change without touching the original. @return its code */
    @Transactional
    public String copy(Actor actor, String code, String newCode, String nameFr, String nameEn) {
        Rights.ensureMayManageTemplates(actor);
        PlanTemplate copy = templates.get(code).copyAs(newCode(newCode, nameFr), nameFr, nameEn);
        templates.add(copy);
        return copy.code();
    }

    /** New names and kind of plan, over the version the administrator read (null: not checked). */
    @Transactional
    public void describe(Actor actor, String code, Integer fromVersion, String nameFr, String nameEn, String kindFr, String kindEn) {
        change(actor, code, template -> {
            if (fromVersion != null && fromVersion != template.version()) {
                throw new ChangedMeanwhile("The template " + code + " changed since version " + fromVersion);
            }
            template.rename(nameFr, nameEn);
            template.makes(new PlanKind(kindFr, kindEn));
        });
    }

    @Transactional
    public void rename(Actor actor, String code, String nameFr, String nameEn) {
        change(actor, code, template -> template.rename(nameFr, nameEn));
    }

    /** @return the level's code, made from its French name when none is given */
    @Transactional
    public String addLevel(Actor actor, String code, String levelCode, String parentCode, String labelFr, String labelEn,
            Set<ElementField> fields) {
        Rights.ensureMayManageTemplates(actor);
        PlanTemplate template = templates.get(code);
        String newLevel = levelCode == null || levelCode.isBlank() ? template.freeLevelCode(labelFr) : levelCode.strip();
        return template.addLevel(newLevel, blankToNull(parentCode), labelFr, labelEn, fields).code();
    }

    @Transactional
    public void relabelLevel(Actor actor, String code, String levelCode, String labelFr, String labelEn,
            Set<ElementField> fields) {
        change(actor, code, template -> template.relabelLevel(levelCode, labelFr, labelEn, fields));
    }

    @Transactional
    public void retireLevel(Actor actor, String code, String levelCode) {
        change(actor, code, template -> template.retireLevel(levelCode));
    }

    /** @throws ca.concerto.domain.model.template.TemplateInUse once a plan was made from it */
    @Transactional
    public void delete(Actor actor, String code) {
        Rights.ensureMayManageTemplates(actor);
        PlanTemplate template = templates.get(code);
        template.ensureUnused();
        templates.remove(template);
    }

    @Transactional
    public void addStarter(Actor actor, String code, String levelCode, String number, String title, Integer parentPosition) {
        change(actor, code, template -> template.addStarter(levelCode, number, title, parentPosition));
    }

    @Transactional
    public void removeStarter(Actor actor, String code, int position) {
        change(actor, code, template -> template.removeStarter(position));
    }

    private void change(Actor actor, String code, Consumer<PlanTemplate> change) {
        Rights.ensureMayManageTemplates(actor);
        change.accept(templates.get(code));
    }

    private String newCode(String asked, String nameFr) {
        if (asked == null || asked.isBlank()) {
            return PlanTemplate.freeCode(nameFr, taken -> templates.find(taken).isPresent());
        }
        if (templates.find(asked.strip()).isPresent()) {
            throw new InvalidInput("code", "A template " + asked.strip() + " exists already");
        }
        return asked.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
