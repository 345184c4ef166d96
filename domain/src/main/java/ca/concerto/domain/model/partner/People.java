package ca.concerto.domain.model.partner;

import java.util.List;

/** The people of the body's committees. */
public interface People {

    /** Everyone, with their organisation. */
    List<Person> all();
}
