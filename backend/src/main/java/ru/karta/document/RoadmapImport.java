package ru.karta.document;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import ru.karta.document.ImportDtos.ImportFormat;

/** An uploaded roadmap document as read, kept as its preview until it is committed. */
@Entity
@Table(name = "roadmap_import")
public class RoadmapImport {

    @Id
    public UUID id;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "file_sha256", nullable = false)
    public String sha256;

    @Column(name = "file_size", nullable = false)
    public long fileSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportFormat format;

    /** What was understood ({@link RoadmapReading.Result}), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String reading;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "committed_at")
    public Instant committedAt;

    @Column(name = "committed_by")
    public String committedBy;

    @Column(name = "roadmap_id")
    public UUID roadmapId;
}
