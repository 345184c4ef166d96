package ca.concerto.domain.application.templates;

import ca.concerto.domain.model.access.Actor;
import ca.concerto.domain.model.access.Rights;
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
 * The platform administrators' management of the shared templates: names, levels and the fields each
 * carries, starter content. Plans keep what they were made with: a change here never rewrites a plan.
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
    public void rename(Actor actor, String code, String nameFr, String nameEn) {
        change(actor, code, template -> template.rename(nameFr, nameEn));
    }

    @Transactional
    public void addLevel(Actor actor, String code, String levelCode, String parentCode, String labelFr, String labelEn,
            Set<ElementField> fields) {
        change(actor, code, template -> template.addLevel(levelCode, parentCode, labelFr, labelEn, fields));
    }

    @Transactional
    public void relabelLevel(Actor actor, String code, String levelCode, String labelFr, String labelEn,
            Set<ElementField> fields) {
        change(actor, code, template -> template.relabelLevel(levelCode, labelFr, labelEn, fields));
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
}
