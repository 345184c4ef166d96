package ca.concerto.domain.model.partner;

import ca.concerto.domain.model.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The people of the body's committees. */
public interface People {

    /** Everyone, with their organisation. */
    List<Person> all();

    Optional<Person> find(long personId);

    /** @throws NotFound for no such person of the body */
    default Person get(long personId) {
        return find(personId).orElseThrow(() -> new NotFound(NotFound.What.PERSON, personId));
    }

    void add(Person person);
}
