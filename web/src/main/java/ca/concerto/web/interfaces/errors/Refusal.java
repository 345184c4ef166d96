package ca.concerto.web.interfaces.errors;

import ca.concerto.domain.model.access.NotAllowed;
import ca.concerto.domain.model.document.ImportsBusy;
import ca.concerto.domain.model.document.UnreadableDocument;
import ca.concerto.domain.model.shared.Conflict;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.shared.NotFound;
import ca.concerto.domain.model.workbook.WorkbookRowsRefused;
import ca.concerto.tenancy.application.ProvisioningRefused;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.ProcessingException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the person is told when the platform refuses a request, whatever the interface: an HTTP status, a
 * code a script can test, and the bundle key of the sentence a person reads. The one place where the
 * domain's typed errors become answers; anything else is a fault of ours, never blamed on the input.
 */
public record Refusal(int status, String code, String messageKey) {

    /** PostgreSQL's answers to the loser of a race: a unique row taken, a serialization failure, a deadlock. */
    private static final Set<String> LOST_RACES = Set.of("23505", "40001", "40P01");

    private static boolean lostRace(SQLException failure) {
        return failure.getSQLState() != null && LOST_RACES.contains(failure.getSQLState());
    }

    /**
     * PostgreSQL out of reach: no connection (class 08), shutting down or starting up (57P01-57P03). The
     * request may be tried again in a moment; nothing of it was written.
     */
    private static boolean databaseUnavailable(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.startsWith("08") || Set.of("57P01", "57P02", "57P03").contains(state));
    }

    /** The refusal a failure stands for, looking through the wrappers the container puts around it. */
    public static Optional<Refusal> of(Throwable failure) {
        return reasons(failure).stream().map(Refusal::direct).flatMap(Optional::stream).findFirst();
    }

    /**
     * A failure and what lies under it, outermost first: its causes, and what it suppressed (a failed commit
     * carries the database's answer as a suppressed exception, not as its cause).
     */
    static List<Throwable> reasons(Throwable failure) {
        List<Throwable> reasons = new ArrayList<>();
        Deque<Throwable> next = new ArrayDeque<>(List.of(failure));
        while (!next.isEmpty() && reasons.size() < 50) {
            Throwable reason = next.removeFirst();
            if (reasons.stream().noneMatch(seen -> seen == reason)) {
                reasons.add(reason);
                if (reason.getCause() != null) {
                    next.addLast(reason.getCause());
                }
                next.addAll(List.of(reason.getSuppressed()));
            }
        }
        return reasons;
    }

    /** True when the failure is someone else's save of the same thing since the person read it. */
    public static boolean changedMeanwhile(Throwable failure) {
        return of(failure).filter(refusal -> refusal.code().equals(Conflict.Reason.CHANGED_MEANWHILE.name())).isPresent();
    }

    private static Optional<Refusal> direct(Throwable failure) {
        if (failure instanceof NotFound notFound) {
            return Optional.of(new Refusal(404, notFound.what().name() + "_NOT_FOUND", "refusal.notFound"));
        }
        if (failure instanceof NotAllowed notAllowed) {
            return Optional.of(new Refusal(403, notAllowed.reason().name(), "refused." + notAllowed.reason().name()));
        }
        if (failure instanceof Conflict conflict) {
            return Optional.of(new Refusal(409, conflict.reason().name(), "conflict." + conflict.reason().name()));
        }
        if (failure instanceof OptimisticLockException || failure instanceof SQLException sql && lostRace(sql)) {
            // Two saves from the same version committed at the same moment: the later one found the row changed,
            // or the same row (a quarter's report, say) created by the other.
            return Optional.of(new Refusal(409, Conflict.Reason.CHANGED_MEANWHILE.name(), "conflict.CHANGED_MEANWHILE"));
        }
        if (failure instanceof SQLException sql && databaseUnavailable(sql)) {
            return Optional.of(new Refusal(503, "UNAVAILABLE", "refusal.unavailable"));
        }
        if (failure instanceof ImportsBusy) {
            return Optional.of(new Refusal(429, "IMPORTS_BUSY", "import.busy"));
        }
        if (failure instanceof WorkbookRowsRefused) {
            return Optional.of(new Refusal(400, "WORKBOOK_ROWS_REFUSED", "workbook.refused"));
        }
        if (failure instanceof UnreadableDocument unreadable) {
            return Optional.of(new Refusal(400, "UNREADABLE_" + unreadable.reason().name(), "import.refused." + unreadable.reason().name()));
        }
        if (failure instanceof InvalidInput || failure instanceof ValidationException || failure instanceof JsonbException
                || failure instanceof ProcessingException) {
            return Optional.of(new Refusal(400, "INVALID", "refusal.invalid"));
        }
        if (failure instanceof ProvisioningRefused refused) {
            boolean conflict = refused.reason() == ProvisioningRefused.Reason.DUPLICATE_SLUG
                    || refused.reason() == ProvisioningRefused.Reason.ORGANIZATION_EXISTS;
            return Optional.of(new Refusal(conflict ? 409 : 400, refused.reason().name(),
                    "provisioning.refused." + refused.reason().name()));
        }
        return Optional.empty();
    }
}
