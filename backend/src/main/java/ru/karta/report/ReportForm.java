package ru.karta.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored version of the report form; its definition is the JSON of {@link FormDefinition}. Never changed. */
@Entity
@Table(name = "report_form")
public class ReportForm {

    @Id
    public int version;

    @Column(name = "applies_from", nullable = false)
    public String appliesFrom;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String definition;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
