package ru.karta.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recurring duty Karta tracks itself, named on the roadmap item that is that duty: the item's progress is then the
 * set of its occurrences. REPORTS: the member enterprises' quarterly reports (each quarter's completeness); MEETINGS:
 * the quarterly meetings on the cluster's development (each quarter's meeting, held or not). Only an item due each
 * quarter (RECURRING, QUARTERLY) can be one.
 */
@Schema(name = "ItemDuty", description = "REPORTS: the item is the duty of quarterly reports (form Приложение 1); its occurrences are each quarter's completeness. MEETINGS: the duty of quarterly meetings; its meetings are each quarter's meeting, held or not")
public enum Duty {
    REPORTS, MEETINGS
}
