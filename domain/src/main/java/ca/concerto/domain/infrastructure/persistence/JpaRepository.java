package ca.concerto.domain.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Supplier;

/** What every repository of the persistence unit holds: the container's entity manager, or a test's. */
public abstract class JpaRepository {

    @PersistenceContext(unitName = "concerto")
    EntityManager entityManager;

    /** A repository over the given entity manager, outside the container (the domain tests). */
    public static <R extends JpaRepository> R over(EntityManager entityManager, Supplier<R> repository) {
        R made = repository.get();
        made.entityManager = entityManager;
        return made;
    }
}
