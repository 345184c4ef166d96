package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.partner.People;
import ca.concerto.domain.model.partner.Person;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPeople extends JpaRepository implements People {

    @Override
    public List<Person> all() {
        return entityManager.createQuery("select p from Person p left join fetch p.organisation", Person.class).getResultList();
    }

    @Override
    public Optional<Person> find(long personId) {
        return Optional.ofNullable(entityManager.find(Person.class, personId));
    }

    @Override
    public void add(Person person) {
        entityManager.persist(person);
    }
}
