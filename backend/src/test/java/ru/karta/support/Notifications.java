package ru.karta.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/** Notifications made directly in the database, as the reminder job makes them, for tests that need one to act on. */
public final class Notifications {

    private Notifications() {
    }

    /** A new unread reminder of the organisation, for a quarter and kind it has none of yet; its id. */
    public static String reminder(String organisationId) {
        DataSource db = Arc.container().instance(DataSource.class).get();
        for (int tried = 0; tried < 100; tried++) {
            UUID id = UUID.randomUUID();
            int year = ThreadLocalRandom.current().nextInt(1990, 2201);
            int quarter = ThreadLocalRandom.current().nextInt(1, 5);
            try (Connection c = db.getConnection();
                    PreparedStatement insert = c.prepareStatement("""
                            insert into notification (id, organisation_id, kind, period_year, period_quarter, due_at,
                                                      link, created_at, created_by)
                            values (?, ?, 'OVERDUE', ?, ?, ?, '/reports', ?, 'system:test')
                            on conflict do nothing""")) {
                insert.setObject(1, id);
                insert.setObject(2, UUID.fromString(organisationId));
                insert.setInt(3, year);
                insert.setInt(4, quarter);
                insert.setObject(5, java.sql.Timestamp.from(Instant.parse("2028-01-31T21:00:00Z")));
                insert.setObject(6, java.sql.Timestamp.from(Instant.now()));
                if (insert.executeUpdate() == 1) {
                    return id.toString();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no free quarter for a notification of " + organisationId);
    }
}
