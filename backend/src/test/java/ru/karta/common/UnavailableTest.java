package ru.karta.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import org.junit.jupiter.api.Test;

import jakarta.transaction.RollbackException;

/** Which failures answer 503 (try again) rather than 500, as seen when PostgreSQL restarts under load. */
class UnavailableTest {

    @Test
    void commitFailingBecauseTheServerShutDownIsUnavailable() {
        // Narayana keeps the driver's error only among the suppressed exceptions of its RollbackException.
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);

        assertTrue(Unavailable.isDatabaseDown(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void brokenConnectionInTheCauseChainIsUnavailable() {
        assertTrue(Unavailable.isDatabaseDown(
                new IllegalStateException("query", new SQLException("An I/O error occurred", "08006"))));
    }

    @Test
    void resourceManagerFailureWithoutCauseIsUnavailable() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new XAException(XAException.XAER_RMFAIL));

        assertTrue(Unavailable.isDatabaseDown(rollback));
    }

    @Test
    void constraintViolationIsNotUnavailable() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertFalse(Unavailable.isDatabaseDown(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void exceptionSuppressingItselfEnds() {
        RuntimeException loop = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", loop);
        loop.addSuppressed(inner);

        assertFalse(Unavailable.isDatabaseDown(loop));
    }
}
