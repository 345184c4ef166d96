package ca.concerto.domain.infrastructure.demo;

import ca.concerto.domain.model.partner.Organisation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The tenant's organisations, found by the acronym or the name a document uses for them. */
public final class PartnerDirectory {

    private final Map<String, Organisation> byAcronymOrName = new HashMap<>();

    void add(Organisation organisation) {
        byAcronymOrName.putIfAbsent(organisation.name(), organisation);
        if (organisation.acronym() != null) {
            byAcronymOrName.putIfAbsent(organisation.acronym(), organisation);
        }
    }

    /** The organisation a document's words name exactly ("DSP", "Avenir d'enfants"), if any. */
    public Optional<Organisation> find(String words) {
        return Optional.ofNullable(words == null ? null : byAcronymOrName.get(words.strip()));
    }
}
