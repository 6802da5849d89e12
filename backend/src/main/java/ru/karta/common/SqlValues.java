package ru.karta.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** Values of native query rows, whichever type the driver and Hibernate hand back for a column. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamptz column: Instant, OffsetDateTime or Timestamp, depending on the path; null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not an instant: " + value.getClass());
    }
}
