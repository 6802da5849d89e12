package ru.karta.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One organisation's report for one quarter. Values hold only what is filled: blank is absent, never zero. */
@Entity
@Table(name = "quarterly_report")
public class QuarterlyReport {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "period_year", nullable = false)
    public int periodYear;

    @Column(name = "period_quarter", nullable = false)
    public int periodQuarter;

    @Column(name = "form_version", nullable = false)
    public int formVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "quarterly_report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "code")
    @Column(name = "value", nullable = false)
    public Map<String, BigDecimal> values = new HashMap<>();

    public String comment;

    @Column(name = "return_comment")
    public String returnComment;

    @Column(name = "first_submitted_at")
    public Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "reopened_at")
    public Instant reopenedAt;

    @Column(name = "reopened_by")
    public String reopenedBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Quarter period() {
        return new Quarter(periodYear, periodQuarter);
    }

    public void setPeriod(Quarter period) {
        periodYear = period.year();
        periodQuarter = period.quarter();
    }
}
