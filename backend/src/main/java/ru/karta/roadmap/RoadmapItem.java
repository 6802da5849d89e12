package ru.karta.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "roadmap_item")
public class RoadmapItem {

    @Id
    public UUID id;

    @Column(name = "roadmap_id", nullable = false)
    public UUID roadmapId;

    @Column(nullable = false)
    public String number;

    /** The number padded for natural order: "3.2" sorts after "3" and before "10". */
    @Column(name = "sort_key", nullable = false)
    public String sortKey;

    @Column(nullable = false)
    public String activity;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_precision", nullable = false)
    public DeadlinePrecision deadlinePrecision;

    @Column(name = "deadline_text", nullable = false)
    public String deadlineText;

    @Column(name = "deadline_period", nullable = false)
    public String deadlinePeriod;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public Recurrence recurrence;

    /** The recurring duty this item is, if Karta tracks it (the quarterly reports); null for an ordinary item. */
    @Enumerated(EnumType.STRING)
    public Duty duty;

    @Column(name = "expected_result")
    public String expectedResult;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemStatus status;

    /** Responsible first, then assisting, each in the roadmap's order. Replaced as a whole on change. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "roadmap_item_party", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    public List<ItemParty> parties = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Deadline deadline() {
        return new Deadline(deadlinePrecision, deadlineText, deadlinePeriod, dueDate, recurrence);
    }

    public void setDeadline(Deadline deadline) {
        deadlinePrecision = deadline.precision();
        deadlineText = deadline.text();
        deadlinePeriod = deadline.period();
        dueDate = deadline.dueDate();
        recurrence = deadline.recurrence();
    }

    public static String sortKey(String number) {
        StringBuilder key = new StringBuilder();
        for (String part : number.split("\\.")) {
            if (key.length() > 0) {
                key.append('.');
            }
            key.append(String.format("%08d", Long.parseLong(part)));
        }
        return key.toString();
    }
}
