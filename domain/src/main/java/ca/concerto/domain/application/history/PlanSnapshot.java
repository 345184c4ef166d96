package ca.concerto.domain.application.history;

import ca.concerto.domain.application.plans.PlanOutline;
import java.io.Serializable;
import java.util.Map;

/**
 * A plan as it was at a revision (or as it is, revision null), with, for each element copied from an
 * earlier version of the plan, the element it was copied from: what lets two versions be compared.
 */
public record PlanSnapshot(PlanOutline outline, Map<Long, Long> origins, Long revision) implements Serializable {

    public PlanSnapshot {
        origins = Map.copyOf(origins);
    }
}
