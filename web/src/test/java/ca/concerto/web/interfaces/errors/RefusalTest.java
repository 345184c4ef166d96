package ca.concerto.web.interfaces.errors;

import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.application.plans.EditConflict;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.access.NotAllowed;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.shared.NotFound;
import ca.concerto.tenancy.application.ProvisioningRefused;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one translation of failures into what a person or a script is told. */
class RefusalTest {

    @Test
    void eachTypedRefusalHasItsStatusCodeAndSentence() {
        assertThat(Refusal.of(new NotFound(NotFound.What.PLAN, 7))).contains(new Refusal(404, "PLAN_NOT_FOUND", "refusal.notFound"));
        assertThat(Refusal.of(new NotAllowed(NotAllowed.Reason.NOT_LEAD, "x")))
                .contains(new Refusal(403, "NOT_LEAD", "refused.NOT_LEAD"));
        assertThat(Refusal.of(new PlanNotEditable("Plan", PlanStatus.ADOPTED)))
                .contains(new Refusal(409, "PLAN_NOT_EDITABLE", "conflict.PLAN_NOT_EDITABLE"));
        assertThat(Refusal.of(new EditConflict(element(), 3)))
                .contains(new Refusal(409, "CHANGED_MEANWHILE", "conflict.CHANGED_MEANWHILE"));
        assertThat(Refusal.of(new InvalidInput("30 February"))).contains(new Refusal(400, "INVALID", "refusal.invalid"));
        assertThat(Refusal.of(new JsonbException("not JSON"))).contains(new Refusal(400, "INVALID", "refusal.invalid"));
        assertThat(Refusal.of(new ProvisioningRefused(ProvisioningRefused.Reason.DUPLICATE_SLUG, "x")))
                .contains(new Refusal(409, "DUPLICATE_SLUG", "provisioning.refused.DUPLICATE_SLUG"));
    }

    @Test
    void aSaveThatLostTheRaceAtCommitIsAConflictButOtherCommitFailuresAreNot() {
        TransactionalException lostTheRace = new TransactionalException("commit failed",
                new RollbackException(new OptimisticLockException("row changed")));
        TransactionalException brokenDatabase = new TransactionalException("commit failed",
                new RollbackException(new IllegalStateException("connection lost")));

        TransactionalException sameRowCreatedByBoth = new TransactionalException("commit failed",
                new PersistenceException(new SQLException("duplicate key", "23505")));

        jakarta.transaction.RollbackException commitRefused = new jakarta.transaction.RollbackException("Could not commit");
        commitRefused.addSuppressed(new IllegalStateException("IJ001156", new SQLException("duplicate key", "23505")));

        assertThat(Refusal.changedMeanwhile(commitRefused)).as("the database's answer is suppressed, not a cause").isTrue();
        assertThat(Refusal.changedMeanwhile(lostTheRace)).isTrue();
        assertThat(Refusal.changedMeanwhile(sameRowCreatedByBoth)).isTrue();
        assertThat(Refusal.of(brokenDatabase)).isEmpty();
    }

    @Test
    void aDatabaseOutOfReachIsAServiceUnavailableNeverTheClientsFault() {
        Refusal unavailable = new Refusal(503, "UNAVAILABLE", "refusal.unavailable");

        assertThat(Refusal.of(new PersistenceException(new SQLException("connection refused", "08001")))).contains(unavailable);
        assertThat(Refusal.of(new TransactionalException("commit failed", new RollbackException(
                new SQLException("terminating connection due to administrator command", "57P01"))))).contains(unavailable);
        assertThat(Refusal.of(new SQLException("the database system is starting up", "57P03"))).contains(unavailable);
        assertThat(Refusal.of(new SQLException("syntax error", "42601"))).isEmpty();
        assertThat(Refusal.of(new SQLException("IJ031084: Unable to create connection"))).as("no SQL state").isEmpty();
    }

    @Test
    void programmingErrorsAreNeverBlamedOnTheInput() {
        assertThat(Refusal.of(new NullPointerException())).isEmpty();
        assertThat(Refusal.of(new ClassCastException())).isEmpty();
        assertThat(Refusal.of(new IllegalArgumentException("a bug"))).isEmpty();
        assertThat(Refusal.of(new IllegalStateException("a bug"))).isEmpty();
    }

    private static PlanOutline.Element element() {
        return new PlanOutline.Element(1, null, 0, "action", null, "Action", null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), null, List.of(), 3);
    }
}
