package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.template.FieldOfAction;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.PlanTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPlanTemplates extends JpaRepository implements PlanTemplates {

    @Override
    public Optional<PlanTemplate> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entityManager.find(PlanTemplate.class, code));
    }

    @Override
    public void add(PlanTemplate template) {
        entityManager.persist(template);
    }

    @Override
    public void remove(PlanTemplate template) {
        entityManager.remove(template);
    }

    @Override
    public List<PlanTemplate> all() {
        return entityManager.createQuery("select t from PlanTemplate t order by t.code", PlanTemplate.class).getResultList();
    }

    @Override
    public List<FieldOfAction> fieldsOfAction() {
        return entityManager.createQuery("select f from FieldOfAction f order by f.position", FieldOfAction.class).getResultList();
    }
}
