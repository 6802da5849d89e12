package ru.karta.report;

/** DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED (with the association's comment) → SUBMITTED again. */
public enum ReportStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED
}
