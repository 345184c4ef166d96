package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.partner.PartnerAccount;
import ca.concerto.domain.model.partner.PartnerAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPartnerAccounts extends JpaRepository implements PartnerAccounts {

    @Override
    public Optional<PartnerAccount> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(entityManager.find(PartnerAccount.class, username.strip()));
    }

    @Override
    public List<PartnerAccount> all() {
        return entityManager.createQuery("select a from PartnerAccount a join fetch a.organisation order by a.username",
                PartnerAccount.class).getResultList();
    }

    @Override
    public void add(PartnerAccount account) {
        entityManager.persist(account);
        entityManager.flush();
    }
}
