package ca.concerto.domain.application.watch;

import ca.concerto.domain.model.watch.Impact;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** The current tenant's assessment of a watch item. */
public record AssessmentLine(long itemId, Impact impact, boolean actionNeeded, String note, boolean shared,
        Set<Long> elementIds, String assessedBy, LocalDate assessedOn, int version) implements Serializable {

    public AssessmentLine {
        elementIds = Set.copyOf(elementIds);
    }
}
