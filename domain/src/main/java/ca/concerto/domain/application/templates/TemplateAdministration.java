package ca.concerto.domain.application.templates;

import ca.concerto.domain.model.access.NotAllowed;
import ca.concerto.domain.model.access.Role;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.template.PlanTemplate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    @Transactional
    public List<PlanTemplate> templates() {
        return entityManager.createQuery("select t from PlanTemplate t order by t.code", PlanTemplate.class).getResultList();
    }

    @Transactional
    public void rename(Set<Role> roles, String code, String nameFr, String nameEn) {
        change(roles, code, template -> template.rename(nameFr, nameEn));
    }

    @Transactional
    public void addLevel(Set<Role> roles, String code, String levelCode, String parentCode, String labelFr, String labelEn,
            Set<ElementField> fields) {
        change(roles, code, template -> template.addLevel(levelCode, parentCode, labelFr, labelEn, fields));
    }

    @Transactional
    public void relabelLevel(Set<Role> roles, String code, String levelCode, String labelFr, String labelEn,
            Set<ElementField> fields) {
        change(roles, code, template -> template.relabelLevel(levelCode, labelFr, labelEn, fields));
    }

    @Transactional
    public void addStarter(Set<Role> roles, String code, String levelCode, String number, String title, Integer parentPosition) {
        change(roles, code, template -> template.addStarter(levelCode, number, title, parentPosition));
    }

    @Transactional
    public void removeStarter(Set<Role> roles, String code, int position) {
        change(roles, code, template -> template.removeStarter(position));
    }

    private void change(Set<Role> roles, String code, Consumer<PlanTemplate> change) {
        if (!roles.contains(Role.PLATFORM_ADMIN)) {
            throw new NotAllowed(NotAllowed.Reason.NOT_PLATFORM_ADMIN, "Only platform administrators change templates");
        }
        PlanTemplate template = entityManager.find(PlanTemplate.class, code);
        if (template == null) {
            throw new IllegalArgumentException("No template " + code);
        }
        change.accept(template);
        entityManager.flush();
    }
}
