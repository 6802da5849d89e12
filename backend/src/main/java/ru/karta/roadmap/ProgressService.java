package ru.karta.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.karta.audit.AuditDtos.Change;
import ru.karta.audit.AuditLog;
import ru.karta.common.ApiException;
import ru.karta.common.Page;
import ru.karta.common.Texts;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.roadmap.RoadmapDtos.Author;
import ru.karta.roadmap.RoadmapDtos.ProgressInput;
import ru.karta.roadmap.RoadmapDtos.ProgressList;
import ru.karta.roadmap.RoadmapDtos.ProgressView;
import ru.karta.security.Access;
import ru.karta.security.CurrentUser;

/**
 * Progress updates: the association and ЦКР on any item, a department or member where its organisation is
 * responsible or assisting; only on an approved roadmap. An update may move the item's status.
 */
@ApplicationScoped
public class ProgressService {

    static final String AUDIT_TYPE = "PROGRESS_UPDATE";

    private final ProgressUpdateRepository updates;
    private final OrganisationRepository organisations;
    private final Roadmaps visibility;
    private final Access access;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ProgressService(ProgressUpdateRepository updates, OrganisationRepository organisations, Roadmaps visibility,
            Access access, CurrentUser user, AuditLog audit, Clock clock) {
        this.updates = updates;
        this.organisations = organisations;
        this.visibility = visibility;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProgressList list(UUID itemId, Page page) {
        visibility.visibleItem(itemId);
        List<ProgressUpdate> found = updates.ofItem(itemId, page);
        return new ProgressList(views(found), page.page(), page.size(), updates.countByItem(itemId));
    }

    @Transactional
    public ProgressView create(UUID itemId, ProgressInput input) {
        // The row lock makes simultaneous updates of one item queue up instead of failing on its version.
        RoadmapItem item = visibility.visibleItemForUpdate(itemId);
        Roadmap roadmap = visibility.roadmapOf(item);
        access.requireUpdateProgress(ItemViews.organisationsOf(item));
        if (roadmap.status != RoadmapStatus.APPROVED) {
            throw ApiException.conflict(roadmap.status == RoadmapStatus.DRAFT ? "roadmap-not-approved"
                    : "roadmap-archived", roadmap.status == RoadmapStatus.DRAFT ? "problem.progress.draft"
                            : "problem.roadmap.archived");
        }
        ProgressUpdate update = new ProgressUpdate();
        update.id = UUID.randomUUID();
        update.itemId = itemId;
        update.text = input.text().strip();
        update.evidenceUrl = Texts.blankToNull(input.evidenceUrl());
        update.authorSubject = user.subject();
        update.authorName = user.name();
        update.authorOrganisationId = user.organisationId();
        update.createdAt = Instant.now(clock);
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
        audit.record(AUDIT_TYPE, update.id, itemId, "PROGRESS_ADDED", changes);
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
