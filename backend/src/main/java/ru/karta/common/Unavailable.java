package ru.karta.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import javax.transaction.xa.XAException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure that means "the database cannot be reached right now" anywhere in a cause chain: a refused or
 * broken connection, a server shutting down, or no pooled connection within the acquisition timeout. Such a request
 * answers 503 with Retry-After instead of 500: nothing is wrong with it, and the same request will work again.
 */
public final class Unavailable {

    public static final int RETRY_AFTER_SECONDS = 5;

    private Unavailable() {
    }

    /**
     * Walks the causes and the suppressed exceptions: a commit that fails because PostgreSQL went away arrives as
     * Narayana's RollbackException with the driver's error only among the suppressed ones.
     */
    public static boolean isDatabaseDown(Throwable error) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (error != null) {
            pending.add(error);
        }
        while (!pending.isEmpty() && seen.size() < 50) {
            Throwable e = pending.poll();
            if (!seen.add(e)) {
                continue;
            }
            if (signalsDatabaseDown(e)) {
                return true;
            }
            if (e.getCause() != null) {
                pending.add(e.getCause());
            }
            pending.addAll(Arrays.asList(e.getSuppressed()));
        }
        return false;
    }

    private static boolean signalsDatabaseDown(Throwable e) {
        if (e instanceof JDBCConnectionException || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException || e instanceof ConnectException) {
            return true;
        }
        if (e instanceof XAException xa && (xa.errorCode == XAException.XAER_RMFAIL
                || xa.errorCode == XAException.XA_RBCOMMFAIL)) {
            return true; // the resource manager (PostgreSQL) is unavailable, whatever the cause says
        }
        if (e instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                return true;
            }
        }
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
