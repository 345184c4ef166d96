package ca.concerto.domain.application.partners;

import ca.concerto.domain.model.partner.Committee;
import java.io.Serializable;
import java.util.Set;

/**
 * A committee member as the coordination writes them: a new one (id null) or a change of one from the version
 * read. {@code organisation}: a name or acronym of the body's organisations, else kept as written.
 */
public record MemberEntry(Long id, int fromVersion, String fullName, String title, String organisation, Set<Committee> committees)
        implements Serializable {

    public MemberEntry {
        committees = committees == null ? Set.of() : Set.copyOf(committees);
    }
}
