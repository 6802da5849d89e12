package ru.karta.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import ru.karta.audit.AuditLog;
import ru.karta.common.ApiException;
import ru.karta.common.ClusterClock;
import ru.karta.common.SqlValues;
import ru.karta.document.AttachmentDtos.AttachmentList;
import ru.karta.document.AttachmentDtos.AttachmentPermissions;
import ru.karta.document.AttachmentDtos.AttachmentView;
import ru.karta.roadmap.ProgressPolicy;
import ru.karta.roadmap.Roadmap;
import ru.karta.roadmap.RoadmapItem;
import ru.karta.roadmap.RoadmapStatus;
import ru.karta.roadmap.Roadmaps;
import ru.karta.security.Actor;

/**
 * Evidence files on items and their progress updates. Read exactly by those who may read the item (404 otherwise);
 * uploaded by those who may post progress on it, while its roadmap is approved; deleted by the uploader, the
 * association or ЦКР. A file's SHA-256 is computed from the upload's temporary file, then its description and its
 * bytes are kept in one transaction, the bytes in the configured {@link EvidenceStore} (PostgreSQL by default): an
 * upload cut off never reaches this code and leaves nothing, and a failure rolls both back. Its type is told by its content ({@link FileTypes}); deletions are audited.
 */
@ApplicationScoped
public class AttachmentService {

    static final String AUDIT_TYPE = "ATTACHMENT";
    private static final String COLUMNS = "a.id, a.item_id, a.progress_update_id, a.file_name, a.media_type,"
            + " a.size_bytes, a.sha256, a.created_at, a.created_by, a.created_by_name, a.author_organisation_id, a.store";

    private final EntityManager em;
    private final EvidenceStores stores;
    private final Roadmaps visibility;
    private final ProgressPolicy progress;
    private final AuditLog audit;
    private final ClusterClock clock;
    private final long maxSize;

    @Inject
    public AttachmentService(EntityManager em, EvidenceStores stores, Roadmaps visibility, ProgressPolicy progress,
            AuditLog audit, ClusterClock clock,
            @ConfigProperty(name = "karta.attachments.max-size", defaultValue = "20M") MemorySize maxSize) {
        this.em = em;
        this.stores = stores;
        this.visibility = visibility;
        this.progress = progress;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize.asLongValue();
    }

    public long maxSize() {
        return maxSize;
    }

    /** A row as read. */
    record Row(UUID id, UUID itemId, UUID progressUpdateId, String fileName, String mediaType, long size,
            String sha256, Instant createdAt, String createdBy, String createdByName, UUID authorOrganisationId,
            String store) {
    }

    /** A file to send: its description and how to write its bytes. */
    public record Content(AttachmentView view, Writer body) {
    }

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    @Transactional
    public AttachmentView upload(Actor actor, UUID itemId, String progressUpdateId, String fileName, Path file) {
        RoadmapItem item = visibility.visibleItem(actor, itemId);
        Roadmap roadmap = visibility.roadmapOf(item);
        progress.requireReport(actor, roadmap, item, false);
        UUID progressId = null;
        if (progressUpdateId != null && !progressUpdateId.isBlank()) {
            try {
                progressId = UUID.fromString(progressUpdateId.strip());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("progressUpdateId", "problem.attachment.no-such-progress");
            }
            boolean ofItem = !em.createNativeQuery("select 1 from progress_update where id = :p and item_id = :i")
                    .setParameter("p", progressId).setParameter("i", itemId).getResultList().isEmpty();
            if (!ofItem) {
                throw ApiException.badRequest("progressUpdateId", "problem.attachment.no-such-progress");
            }
        }
        long size;
        String mediaType;
        String sha256;
        try {
            size = Files.size(file);
            if (size == 0) {
                throw ApiException.badRequest("file", "problem.attachment.empty");
            }
            if (size > maxSize) {
                throw new ApiException(413, "payload-too-large", "problem.attachment.too-large",
                        new Object[] { maxSize / (1024 * 1024) }, null, null);
            }
            mediaType = FileTypes.detect(file);
            sha256 = mediaType == null ? null : sha256(file);
        } catch (IOException e) {
            throw ApiException.badRequest("file", "problem.upload.unreadable");
        }
        if (mediaType == null) {
            throw new ApiException(415, "unsupported-media-type", "problem.attachment.type", null,
                    List.of(new ApiException.FieldProblem("file", "problem.attachment.type")), null);
        }
        UUID id = UUID.randomUUID();
        String name = fileName(fileName);
        Instant now = clock.now();
        store(id, itemId, progressId, name, mediaType, size, sha256, now, actor, file);
        audit.record(actor, AUDIT_TYPE, id, itemId, "CREATED", new AuditLog.Snapshot().put("fileName", name)
                .put("mediaType", mediaType).put("size", size).put("sha256", sha256)
                .put("progressUpdateId", progressId).asCreated());
        return view(actor, roadmap, one(id));
    }

    /** The description, then the bytes in the current store, in the caller's transaction. */
    private void store(UUID id, UUID itemId, UUID progressId, String name, String mediaType, long size,
            String sha256, Instant now, Actor actor, Path file) {
        EvidenceStore store = stores.current();
        em.createNativeQuery("""
                insert into attachment (id, item_id, progress_update_id, file_name, media_type, size_bytes, sha256,
                                        created_at, created_by, created_by_name, author_organisation_id, store)
                values (:id, :item, :progress, :name, :type, :size, :sha, :now, :by, :byName, :org, :store)""")
                .setParameter("id", id).setParameter("item", itemId).setParameter("progress", progressId)
                .setParameter("name", name).setParameter("type", mediaType).setParameter("size", size)
                .setParameter("sha", sha256).setParameter("now", java.sql.Timestamp.from(now))
                .setParameter("by", actor.subject())
                .setParameter("byName", actor.name() == null ? actor.subject() : actor.name())
                .setParameter("org", actor.organisationId()).setParameter("store", store.name()).executeUpdate();
        store.put(id, file, size, mediaType, sha256);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Transactional
    public AttachmentList list(Actor actor, UUID itemId) {
        RoadmapItem item = visibility.visibleItem(actor, itemId);
        Roadmap roadmap = visibility.roadmapOf(item);
        List<AttachmentView> views = new ArrayList<>();
        for (Row row : rows("a.item_id = :id", Map.of("id", itemId))) {
            views.add(view(actor, roadmap, row));
        }
        return new AttachmentList(views, progress.canReport(actor, roadmap, item), maxSize);
    }

    /** The description of a file, and its bytes streamed from the database when the answer is written. */
    @Transactional
    public Content download(Actor actor, UUID id) {
        Row row = one(id);
        Roadmap roadmap;
        try {
            roadmap = visibility.roadmapOf(visibility.visibleItem(actor, row.itemId()));
        } catch (ApiException notVisible) {
            throw ApiException.notFound("attachment");
        }
        EvidenceStore store = stores.named(row.store());
        return new Content(view(actor, roadmap, row), out -> store.copy(id, out));
    }

    @Transactional
    public void delete(Actor actor, UUID id) {
        Row row = one(id);
        RoadmapItem item;
        try {
            item = visibility.visibleItem(actor, row.itemId());
        } catch (ApiException notVisible) {
            throw ApiException.notFound("attachment");
        }
        Roadmap roadmap = visibility.roadmapOf(item);
        if (!mayDelete(actor, row)) {
            throw ApiException.forbidden("problem.forbidden.delete-attachment");
        }
        if (roadmap.status == RoadmapStatus.ARCHIVED) {
            throw ApiException.conflict("roadmap-archived", "problem.roadmap.archived");
        }
        audit.record(actor, AUDIT_TYPE, id, row.itemId(), "DELETED", new AuditLog.Snapshot()
                .put("fileName", row.fileName()).put("mediaType", row.mediaType()).put("size", row.size())
                .put("sha256", row.sha256()).put("progressUpdateId", row.progressUpdateId()).asDeleted());
        em.createNativeQuery("delete from attachment where id = :id").setParameter("id", id).executeUpdate();
        stores.named(row.store()).remove(id);
    }

    /** The names of an item's files up to an instant, for the execution report. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<String>> namesByItem(UUID roadmapId, Instant before) {
        List<Object[]> rows = em.createNativeQuery("""
                select a.item_id, a.file_name from attachment a join roadmap_item i on i.id = a.item_id
                 where i.roadmap_id = :r and a.created_at < :before order by a.created_at, a.id""")
                .setParameter("r", roadmapId).setParameter("before", java.sql.Timestamp.from(before)).getResultList();
        Map<UUID, List<String>> names = new java.util.HashMap<>();
        for (Object[] r : rows) {
            names.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return names;
    }

    private static boolean mayDelete(Actor actor, Row row) {
        return actor.runsCluster() || row.createdBy().equals(actor.subject());
    }

    private AttachmentView view(Actor actor, Roadmap roadmap, Row row) {
        return new AttachmentView(row.id(), row.itemId(), row.progressUpdateId(), row.fileName(), row.mediaType(),
                row.size(), row.sha256(), row.createdAt(), row.createdByName(), row.authorOrganisationId(),
                "/api/v1/attachments/" + row.id(),
                new AttachmentPermissions(mayDelete(actor, row) && roadmap.status != RoadmapStatus.ARCHIVED));
    }

    private Row one(UUID id) {
        List<Row> found = rows("a.id = :id", Map.of("id", id));
        if (found.isEmpty()) {
            throw ApiException.notFound("attachment");
        }
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String where, Map<String, Object> parameters) {
        var query = em.createNativeQuery("select " + COLUMNS + " from attachment a where " + where
                + " order by a.created_at, a.id");
        parameters.forEach(query::setParameter);
        List<Row> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            rows.add(new Row((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).longValue(), (String) r[6], SqlValues.instant(r[7]), (String) r[8],
                    (String) r[9], (UUID) r[10], (String) r[11]));
        }
        return rows;
    }

    /** The name as uploaded, without paths and control characters; "file" when nothing is left. */
    static String fileName(String given) {
        String name = given == null ? "" : given;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
