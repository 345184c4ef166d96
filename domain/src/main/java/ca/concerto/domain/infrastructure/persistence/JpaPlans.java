package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.Plans;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.hibernate.Session;

@ApplicationScoped
public class JpaPlans extends JpaRepository implements Plans {

    @Override
    public Optional<Plan> find(long planId) {
        return Optional.ofNullable(entityManager.find(Plan.class, planId));
    }

    @Override
    public Optional<Plan> createdBy(String creationKey) {
        return entityManager.createQuery("select p from Plan p where p.creationKey = :key", Plan.class)
                .setParameter("key", creationKey).getResultStream().findFirst();
    }

    @Override
    public Optional<Plan> withTree(long planId) {
        return find(planId).map(plan -> {
            // The first touch of a collection loads it for every element at once (subselect fetching); the
            // leads' organisations and people come in batches.
            for (PlanElement element : plan.elements()) {
                element.collaborators().size();
                element.resultIndicators().size();
                element.targetGroups().size();
                element.fieldsOfAction().size();
                if (element.lead() != null) {
                    Hibernate.initialize(element.lead().organisation());
                    Hibernate.initialize(element.lead().person());
                }
            }
            return plan;
        });
    }

    @Override
    public Optional<Plan> treeToRead(long planId) {
        Session session = entityManager.unwrap(Session.class);
        boolean readOnlyBefore = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return withTree(planId);
        } finally {
            session.setDefaultReadOnly(readOnlyBefore);
        }
    }

    @Override
    public Optional<PlanElement> findElement(long elementId) {
        return Optional.ofNullable(entityManager.find(PlanElement.class, elementId));
    }

    @Override
    public List<PlanElement> elements(Collection<Long> elementIds) {
        if (elementIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select e from PlanElement e join fetch e.plan where e.id in :ids", PlanElement.class)
                .setParameter("ids", elementIds).getResultList();
    }

    @Override
    public boolean holds(long planId, long elementId) {
        return entityManager.createQuery("select count(e) from PlanElement e where e.id = :element and e.plan.id = :plan",
                Long.class).setParameter("element", elementId).setParameter("plan", planId).getSingleResult() > 0;
    }

    @Override
    public List<Plan> all() {
        return entityManager.createQuery("select p from Plan p order by p.period.start desc nulls last, p.title, p.edition",
                Plan.class).getResultList();
    }

    @Override
    public List<Plan> lineage(Plan plan, Integer upToEdition) {
        return entityManager.createQuery("""
                select p from Plan p where p.lineage = :lineage and p.edition <= :edition order by p.edition""", Plan.class)
                .setParameter("lineage", plan.lineage())
                .setParameter("edition", upToEdition == null ? Integer.MAX_VALUE : upToEdition).getResultList();
    }

    @Override
    public void save(Plan plan) {
        entityManager.persist(plan);
        entityManager.flush();
    }
}
