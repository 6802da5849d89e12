package ru.karta.roadmap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.karta.audit.AuditDtos.Change;
import ru.karta.audit.AuditLog;
import ru.karta.common.Bodies;
import ru.karta.common.ClusterClock;
import ru.karta.common.Page;
import ru.karta.common.Texts;
import ru.karta.common.ReadOnly;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.roadmap.RoadmapDtos.Author;
import ru.karta.roadmap.RoadmapDtos.ProgressInput;
import ru.karta.roadmap.RoadmapDtos.ProgressList;
import ru.karta.roadmap.RoadmapDtos.ProgressView;
import ru.karta.security.Actor;

/**
 * Progress updates on items; who may post them, and change the status with them, is {@link ProgressPolicy}'s rule.
 */
@ApplicationScoped
public class ProgressService {

    static final String AUDIT_TYPE = "PROGRESS_UPDATE";

    private final ProgressUpdateRepository updates;
    private final OrganisationRepository organisations;
    private final Roadmaps visibility;
    private final ProgressPolicy policy;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;

    @Inject
    public ProgressService(ProgressUpdateRepository updates, OrganisationRepository organisations, Roadmaps visibility,
            ProgressPolicy policy, AuditLog audit, ObjectMapper json, Validator validator, ClusterClock clock) {
        this.updates = updates;
        this.organisations = organisations;
        this.visibility = visibility;
        this.policy = policy;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @ReadOnly
    @Transactional
    public ProgressList list(Actor actor, UUID itemId, Page page) {
        visibility.visibleItem(actor, itemId);
        List<ProgressUpdate> found = updates.ofItem(itemId, page);
        return new ProgressList(views(found), page.page(), page.size(), updates.countByItem(itemId));
    }

    @Transactional
    public ProgressView create(Actor actor, UUID itemId, JsonNode body) {
        // The row lock makes simultaneous updates of one item queue up instead of failing on its version.
        RoadmapItem item = visibility.visibleItemForUpdate(actor, itemId);
        Roadmap roadmap = visibility.roadmapOf(item);
        boolean changesStatus = body != null && body.hasNonNull("status")
                && !body.get("status").asText().equals(item.status.name());
        policy.requireReport(actor, roadmap, item, changesStatus);
        ProgressInput input = Bodies.convert(json, validator, body, ProgressInput.class);
        ProgressUpdate update = new ProgressUpdate();
        update.id = UUID.randomUUID();
        update.itemId = itemId;
        update.text = input.text().strip();
        update.evidenceUrl = Texts.blankToNull(input.evidenceUrl());
        update.authorSubject = actor.subject();
        update.authorName = actor.name();
        update.authorOrganisationId = actor.organisationId();
        update.createdAt = clock.now();
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("text", null, update.text));
        if (update.evidenceUrl != null) {
            changes.add(new Change("evidenceUrl", null, update.evidenceUrl));
        }
        if (input.status() != null && input.status() != item.status) {
            update.previousStatus = item.status;
            update.status = input.status();
            changes.add(new Change("status", item.status.name(), input.status().name()));
            item.status = input.status();
        }
        item.updatedAt = update.createdAt;
        updates.persist(update);
        updates.flush();
        audit.record(actor, AUDIT_TYPE, update.id, itemId, "PROGRESS_ADDED", changes);
        return views(List.of(update)).get(0);
    }

    private List<ProgressView> views(List<ProgressUpdate> found) {
        Set<UUID> orgIds = new HashSet<>();
        found.forEach(u -> {
            if (u.authorOrganisationId != null) {
                orgIds.add(u.authorOrganisationId);
            }
        });
        Map<UUID, String> names = organisations.displayNames(orgIds);
        return found.stream().map(u -> new ProgressView(u.id, u.itemId, u.text, u.status, u.previousStatus,
                u.evidenceUrl, new Author(u.authorSubject, u.authorName, u.authorOrganisationId,
                        u.authorOrganisationId == null ? null : names.get(u.authorOrganisationId)),
                u.createdAt)).toList();
    }
}
