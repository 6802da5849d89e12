package ru.karta.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

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

    public static boolean isDatabaseDown(Throwable error) {
        Throwable e = error;
        for (int depth = 0; e != null && depth < 25; depth++, e = e.getCause()) {
            if (e instanceof JDBCConnectionException || e instanceof SQLTransientConnectionException
                    || e instanceof SQLNonTransientConnectionException || e instanceof ConnectException) {
                return true;
            }
            if (e instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
            }
            String message = e.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return false;
    }
}
