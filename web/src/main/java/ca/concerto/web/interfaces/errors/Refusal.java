package ca.concerto.web.interfaces.errors;

import ca.concerto.domain.model.access.NotAllowed;
import ca.concerto.domain.model.shared.Conflict;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.shared.NotFound;
import ca.concerto.tenancy.application.ProvisioningRefused;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.ProcessingException;
import java.util.Optional;

/**
 * What the person is told when the platform refuses a request, whatever the interface: an HTTP status, a
 * code a script can test, and the bundle key of the sentence a person reads. The one place where the
 * domain's typed errors become answers; anything else is a fault of ours, never blamed on the input.
 */
public record Refusal(int status, String code, String messageKey) {

    /** The refusal a failure stands for, looking through the wrappers the container puts around it. */
    public static Optional<Refusal> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Optional<Refusal> refusal = direct(cause);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
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
        if (failure instanceof OptimisticLockException) {
            // Two saves from the same version committed at the same moment: the later one found the row changed.
            return Optional.of(new Refusal(409, Conflict.Reason.CHANGED_MEANWHILE.name(), "conflict.CHANGED_MEANWHILE"));
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
