package ru.karta.roadmap;

public enum DeadlinePrecision {
    DAY, MONTH, QUARTER, YEAR, RECURRING,
    /** "постоянно": runs over its year with no due date, never overdue. */
    ONGOING
}
