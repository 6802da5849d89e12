package ru.karta.common;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The database's own constraints as answers. A rule the schema enforces (a unique name, a reference that must exist
 * or must not be left dangling) holds even when two requests race; when PostgreSQL refuses a write, this table turns
 * its constraint into the problem the client sees, instead of a 500. Foreign keys need no entry: deleting something
 * still referenced, or referring to something just deleted, is a 409 whatever table refers to what.
 */
public final class Constraints {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private static final Map<String, ApiException> UNIQUE = Map.of(
            "organisation_name_key_uq",
            ApiException.conflict("duplicate-organisation", "fullName", "problem.organisation.duplicate-name"),
            "organisation_inn_uq",
            ApiException.conflict("duplicate-organisation", "inn", "problem.organisation.duplicate-inn"),
            "roadmap_item_number_uq",
            ApiException.conflict("duplicate-number", "number", "problem.item.duplicate-number-taken"),
            "quarterly_report_org_period_uq",
            ApiException.conflict("duplicate-report", "period", "problem.report.duplicate-taken"));

    private static final Map<String, ApiException> DELETED_WHILE_REFERENCED = Map.of(
            "organisation", ApiException.conflict("organisation-referenced", "problem.organisation.referenced"),
            "roadmap_item", ApiException.conflict("item-has-progress", "problem.item.has-progress"));

    private Constraints() {
    }

    /** The problem for a write PostgreSQL refused by a constraint somewhere in the exception's causes, if any. */
    public static Optional<ApiException> problemFor(Throwable e) {
        PSQLException refused = find(e, 0);
        if (refused == null) {
            return Optional.empty();
        }
        ServerErrorMessage server = refused.getServerErrorMessage();
        String constraint = server == null ? null : server.getConstraint();
        if (UNIQUE_VIOLATION.equals(refused.getSQLState())) {
            ApiException known = constraint == null ? null : UNIQUE.get(constraint);
            return Optional.of(known != null ? known : ApiException.conflict("duplicate", "problem.duplicate"));
        }
        // "update or delete on table "organisation" violates foreign key constraint ... on table ..."
        String message = server == null || server.getMessage() == null ? "" : server.getMessage();
        for (Map.Entry<String, ApiException> deleted : DELETED_WHILE_REFERENCED.entrySet()) {
            if (message.startsWith("update or delete on table \"" + deleted.getKey() + "\"")) {
                return Optional.of(deleted.getValue());
            }
        }
        if (message.startsWith("update or delete on table")) {
            return Optional.of(ApiException.conflict("referenced", "problem.referenced"));
        }
        return Optional.of(ApiException.conflict("reference-gone", "problem.reference-gone"));
    }

    private static PSQLException find(Throwable e, int depth) {
        if (e == null || depth > 20) {
            return null;
        }
        if (e instanceof PSQLException psql && (UNIQUE_VIOLATION.equals(psql.getSQLState())
                || FOREIGN_KEY_VIOLATION.equals(psql.getSQLState()))) {
            return psql;
        }
        if (e instanceof SQLException sql && sql.getNextException() != null) {
            PSQLException next = find(sql.getNextException(), depth + 1);
            if (next != null) {
                return next;
            }
        }
        for (Throwable suppressed : e.getSuppressed()) {
            PSQLException found = find(suppressed, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return e.getCause() == e ? null : find(e.getCause(), depth + 1);
    }
}
