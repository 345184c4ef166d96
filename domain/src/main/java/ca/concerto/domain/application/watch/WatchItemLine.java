package ca.concerto.domain.application.watch;

import ca.concerto.domain.model.watch.Jurisdiction;
import ca.concerto.domain.model.watch.PolicyStatus;
import ca.concerto.domain.model.watch.PolicyWatchItem;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A watch item as the board shows it. */
public record WatchItemLine(long id, String title, Jurisdiction jurisdiction, LocalDate publishedOn, String sourceUrl,
        String summary, List<String> fieldsOfAction, PolicyStatus status, String postedBy, String postedByTenant,
        Instant postedAt) implements Serializable {

    static WatchItemLine of(PolicyWatchItem item) {
        return new WatchItemLine(item.id(), item.title(), item.jurisdiction(), item.publishedOn(), item.sourceUrl(),
                item.summary(), item.fieldsOfAction(), item.status(), item.postedBy(), item.postedByTenant(), item.postedAt());
    }
}
