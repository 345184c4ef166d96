package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.template.FieldOfAction;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.template.PlanTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPlanTemplates implements PlanTemplates {

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    public JpaPlanTemplates() {
    }

    public JpaPlanTemplates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<PlanTemplate> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entityManager.find(PlanTemplate.class, code));
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
