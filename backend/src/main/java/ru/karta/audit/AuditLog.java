package ru.karta.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.karta.audit.AuditDtos.Change;
import ru.karta.audit.AuditDtos.HistoryEntry;
import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.common.Page;
import ru.karta.common.ClusterClock;
import ru.karta.security.Actor;

/**
 * Writes and reads the audit trail. Writes join the caller's transaction, so a change and its audit record are
 * committed together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager em;
    private final ObjectMapper json;
    private final ClusterClock clock;

    @Inject
    public AuditLog(EntityManager em, ObjectMapper json, ClusterClock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** A snapshot of the audited fields of something, as text, in a stable order. */
    public static final class Snapshot {
        private final Map<String, String> fields = new LinkedHashMap<>();

        public Snapshot put(String field, Object value) {
            fields.put(field, value == null ? null : value.toString());
            return this;
        }

        public List<Change> diff(Snapshot after) {
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<String, String> field : after.fields.entrySet()) {
                String before = fields.get(field.getKey());
                if (!Objects.equals(before, field.getValue())) {
                    changes.add(new Change(field.getKey(), before, field.getValue()));
                }
            }
            return changes;
        }

        public List<Change> asCreated() {
            return new Snapshot().diff(this);
        }

        public List<Change> asDeleted() {
            return asCreated().stream().map(c -> new Change(c.field(), c.to(), null)).toList();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String entityType, UUID entityId, UUID parentId, String action,
            List<Change> changes) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.now();
        event.actorKind = actor.kind().name();
        event.actorSubject = actor.subject();
        event.actorName = actor.name();
        event.entityType = entityType;
        event.entityId = entityId;
        event.parentId = parentId;
        event.action = action;
        try {
            event.changes = json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Object requestId = MDC.get("requestId");
        event.requestId = requestId == null ? null : requestId.toString();
        em.persist(event);
    }

    /**
     * The trail of one thing, newest first: its own events and those of what belongs to it (e.g. the progress updates
     * of an item).
     */
    public HistoryList history(String entityType, UUID entityId, Page page) {
        String where = "(e.entityType = :type and e.entityId = :id) or e.parentId = :id";
        List<AuditEvent> events = em.createQuery("from AuditEvent e where " + where
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("type", entityType).setParameter("id", entityId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(e) from AuditEvent e where " + where, Long.class)
                .setParameter("type", entityType).setParameter("id", entityId).getSingleResult();
        List<HistoryEntry> entries = new ArrayList<>();
        for (AuditEvent event : events) {
            entries.add(new HistoryEntry(event.id, event.occurredAt, new AuditDtos.Actor(event.actorKind, event.actorSubject, event.actorName),
                    event.action, event.entityId.equals(entityId) ? null : event.entityType,
                    event.entityId.equals(entityId) ? null : event.entityId, parse(event.changes)));
        }
        return new HistoryList(entries, page.page(), page.size(), total);
    }

    /** A filter of the audit log; null fields do not filter. */
    public record Filter(String actor, String objectType, UUID objectId, Instant from, Instant to) {
    }

    /** The log across everything, newest first. */
    public AuditDtos.AuditEventList search(Filter filter, Page page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.actor() != null) {
            where.append(" and (e.actorSubject = :actor or lower(e.actorName) like :actorLike)");
            params.put("actor", filter.actor());
            params.put("actorLike", ru.karta.common.Texts.containsPattern(filter.actor()));
        }
        if (filter.objectType() != null) {
            where.append(" and e.entityType = :type");
            params.put("type", filter.objectType());
        }
        if (filter.objectId() != null) {
            where.append(" and (e.entityId = :id or e.parentId = :id)");
            params.put("id", filter.objectId());
        }
        if (filter.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", filter.to());
        }
        var query = em.createQuery("from AuditEvent e where " + where + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class);
        var count = em.createQuery("select count(e) from AuditEvent e where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditDtos.AuditEventView> items = new ArrayList<>();
        for (AuditEvent e : query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()) {
            items.add(new AuditDtos.AuditEventView(e.id, e.occurredAt,
                    new AuditDtos.Actor(e.actorKind, e.actorSubject, e.actorName), e.entityType, e.entityId,
                    e.parentId, e.action, parse(e.changes), e.requestId));
        }
        return new AuditDtos.AuditEventList(items, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * When a thing was deleted, the parent its deletion recorded (an item's roadmap), or the thing's own id when it
     * had none; empty when its trail does not end in a deletion.
     */
    public java.util.Optional<UUID> deletion(String entityType, UUID entityId) {
        List<AuditEvent> last = em.createQuery("from AuditEvent e where e.entityType = :type and e.entityId = :id"
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("type", entityType).setParameter("id", entityId).setMaxResults(1).getResultList();
        if (last.isEmpty() || !last.get(0).action.equals("DELETED")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(last.get(0).parentId != null ? last.get(0).parentId : entityId);
    }

    private List<Change> parse(String changes) {
        try {
            return json.readValue(changes, new TypeReference<List<Change>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
