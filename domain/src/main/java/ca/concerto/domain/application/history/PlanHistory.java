package ca.concerto.domain.application.history;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A plan's history from its audit: the revisions that changed it, the plan exactly as it was at any of
 * them, and the point it was last adopted at. Reads only; runs in the caller's transaction and tenant.
 */
public interface PlanHistory {

    /**
     * The revisions that changed the plan, its elements, or an earlier version of it (its lineage up to
     * this edition), oldest first.
     */
    List<RevisionLine> revisions(long planId);

    /** The plan exactly as it was once the revision was saved; empty if the plan did not exist yet. */
    Optional<PlanSnapshot> at(long planId, long revision);

    /**
     * The version of the plan a revision of its timeline changed, exactly as it was once the revision was
     * saved; empty for a revision not in the timeline.
     */
    default Optional<PlanSnapshot> at(List<RevisionLine> timeline, long revision) {
        return timeline.stream().filter(line -> line.number() == revision).findFirst()
                .flatMap(line -> at(line.planId(), revision));
    }

    /** The plan as it is now. */
    Optional<PlanSnapshot> now(long planId);

    /**
     * The last adoption of the plan's lineage up to this version: the adopted version and the revision
     * that recorded its adoption. Empty when no version of the plan was ever adopted.
     */
    Optional<AdoptionPoint> lastAdoption(long planId);

    /** Where a plan was adopted: the adopted version and the revision recording it. */
    record AdoptionPoint(long planId, long revision, int edition) implements Serializable {
    }
}
