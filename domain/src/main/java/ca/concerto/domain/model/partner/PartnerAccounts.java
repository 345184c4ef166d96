package ca.concerto.domain.model.partner;

import java.util.List;
import java.util.Optional;

/** Which organisation each partner login speaks for in the body. */
public interface PartnerAccounts {

    Optional<PartnerAccount> find(String username);

    /** Every account, by username. */
    List<PartnerAccount> all();

    void add(PartnerAccount account);
}
