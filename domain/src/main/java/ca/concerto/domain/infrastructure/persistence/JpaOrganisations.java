package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.partner.Organisations;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisations extends JpaRepository implements Organisations {

    @Override
    public List<Organisation> all() {
        return entityManager.createQuery("select o from Organisation o order by lower(o.name)", Organisation.class).getResultList();
    }

    @Override
    public Optional<Organisation> find(long organisationId) {
        return Optional.ofNullable(entityManager.find(Organisation.class, organisationId));
    }

    @Override
    public Optional<Organisation> named(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        return entityManager.createQuery("""
                select o from Organisation o where lower(o.name) = lower(:words) or lower(o.acronym) = lower(:words)
                order by o.id""", Organisation.class)
                .setParameter("words", words.strip()).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void add(Organisation organisation) {
        entityManager.persist(organisation);
        entityManager.flush();
    }
}
