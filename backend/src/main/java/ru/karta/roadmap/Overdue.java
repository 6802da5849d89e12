package ru.karta.roadmap;

import java.time.LocalDate;

/**
 * The overdue rule, once: an item is overdue when its due date is before today (in the cluster's time zone) and it is
 * neither done nor cancelled; an item with no due date ("постоянно") never is. {@link #SQL} is the same rule for
 * queries over {@code roadmap_item i} with a {@code :today} parameter; OverdueTest checks that both agree.
 */
public final class Overdue {

    public static final String SQL = "(i.due_date < :today and i.status not in ('DONE', 'CANCELLED'))";

    private Overdue() {
    }

    public static boolean test(LocalDate dueDate, ItemStatus status, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && status != ItemStatus.DONE && status != ItemStatus.CANCELLED;
    }
}
