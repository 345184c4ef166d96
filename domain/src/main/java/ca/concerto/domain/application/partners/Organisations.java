package ca.concerto.domain.application.partners;

import ca.concerto.domain.model.partner.Organisation;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The tenant's partner organisations, found by the name or the acronym plans write them with. */
public class Organisations {

    private final EntityManager entityManager;

    public Organisations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Organisation> all() {
        return entityManager.createQuery("select o from Organisation o order by lower(o.name)", Organisation.class).getResultList();
    }

    /** The organisation these words name exactly, case aside: "DSP", "Avenir d'enfants". */
    public Optional<Organisation> named(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        return entityManager.createQuery("""
                select o from Organisation o where lower(o.name) = lower(:words) or lower(o.acronym) = lower(:words)
                order by o.id""", Organisation.class)
                .setParameter("words", words.strip()).setMaxResults(1).getResultStream().findFirst();
    }
}
