package ca.concerto.domain.application.watch;

import ca.concerto.domain.model.watch.Jurisdiction;
import ca.concerto.domain.model.watch.PolicyStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A policy change a coordinator posts on the shared watch board, as typed. */
public record WatchItemEntry(String title, Jurisdiction jurisdiction, LocalDate publishedOn, String sourceUrl,
        String summary, List<String> fieldsOfAction, PolicyStatus status) implements Serializable {
}
