package ca.concerto.domain.model.watch;

import ca.concerto.domain.model.shared.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The watch board every body shares, with each body's own assessments of its items and who looked at it when. */
public interface PolicyWatchBoard {

    /** Every item, newest first. */
    List<PolicyWatchItem> items();

    Optional<PolicyWatchItem> item(long itemId);

    /** @throws NotFound for an item the board does not have */
    default PolicyWatchItem get(long itemId) {
        return item(itemId).orElseThrow(() -> new NotFound(NotFound.What.WATCH_ITEM, itemId));
    }

    void post(PolicyWatchItem item);

    /** How many items were posted after that moment (all of them: null). */
    long postedSince(Instant since);

    /** The current body's assessment of an item, if it made one. */
    Optional<PolicyAssessment> assessment(long itemId);

    void add(PolicyAssessment assessment);

    /** When the person last looked at the board, if ever. */
    Optional<Instant> lastVisit(String username);

    /** The person looks at the board now. */
    void visited(String username);
}
