package ca.concerto.domain.model.partner;

import ca.concerto.domain.model.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The body's partner organisations, found by the name or the acronym plans write them with. */
public interface Organisations {

    /** Every organisation, by name. */
    List<Organisation> all();

    Optional<Organisation> find(long organisationId);

    /** @throws NotFound for an organisation the body does not have */
    default Organisation get(long organisationId) {
        return find(organisationId).orElseThrow(() -> new NotFound(NotFound.What.ORGANISATION, organisationId));
    }

    /** The organisation these words name exactly, case aside: "DSP", "Avenir d'enfants". */
    Optional<Organisation> named(String words);

    void add(Organisation organisation);
}
