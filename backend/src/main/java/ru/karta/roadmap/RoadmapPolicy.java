package ru.karta.roadmap;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.karta.common.ApiException;
import ru.karta.roadmap.RoadmapDtos.ItemPermissions;
import ru.karta.roadmap.RoadmapDtos.RoadmapPermissions;
import ru.karta.security.Actor;

/**
 * Who may see and do what with roadmaps and their items, and which state changes are allowed: the roadmap rows of
 * DESIGN.md's access table in one place (docs/access.md spells them out per operation).
 * <ul>
 * <li>Visibility (404): drafts are work in progress of the association and ЦКР; approved and archived roadmaps, and
 * their items, are read by everyone.</li>
 * <li>Permissions (403): the association and ЦКР create and edit roadmaps and items and copy roadmaps; only the
 * association approves and archives.</li>
 * <li>Transitions (409): DRAFT → APPROVED (with at least one item) → ARCHIVED; an archived roadmap is read-only;
 * only an approved or archived roadmap is copied.</li>
 * </ul>
 * Progress on items has its own policy, {@link ProgressPolicy}; the item permissions combine both.
 */
@ApplicationScoped
public class RoadmapPolicy {

    private final ProgressPolicy progress;

    @Inject
    public RoadmapPolicy(ProgressPolicy progress) {
        this.progress = progress;
    }

    public boolean canSee(Actor actor, Roadmap roadmap) {
        return roadmap.status != RoadmapStatus.DRAFT || actor.runsCluster();
    }

    /** The statuses of a list request that the actor may see. */
    public List<RoadmapStatus> visibleStatuses(Actor actor, List<RoadmapStatus> wanted) {
        List<RoadmapStatus> visible = new ArrayList<>(wanted.isEmpty() ? List.of(RoadmapStatus.values()) : wanted);
        if (!actor.runsCluster()) {
            visible.remove(RoadmapStatus.DRAFT);
        }
        return visible;
    }

    public RoadmapPermissions permissions(Actor actor, Roadmap roadmap) {
        boolean runs = actor.runsCluster();
        boolean open = roadmap.status != RoadmapStatus.ARCHIVED;
        return new RoadmapPermissions(runs && open, actor.isAssociation() && roadmap.status == RoadmapStatus.DRAFT,
                actor.isAssociation() && roadmap.status == RoadmapStatus.APPROVED,
                runs && roadmap.status != RoadmapStatus.DRAFT, runs && open);
    }

    public ItemPermissions permissions(Actor actor, Roadmap roadmap, RoadmapItem item) {
        boolean edit = actor.runsCluster() && roadmap.status != RoadmapStatus.ARCHIVED;
        return new ItemPermissions(edit, edit, progress.canReport(actor, roadmap, item),
                progress.canChangeStatus(actor, roadmap, item));
    }

    /** What the caller may do with the list as a whole: create a roadmap. */
    public RoadmapDtos.RoadmapListPermissions listPermissions(Actor actor) {
        return new RoadmapDtos.RoadmapListPermissions(actor.runsCluster());
    }

    public void requireCreate(Actor actor) {
        if (!actor.runsCluster()) {
            throw ApiException.forbidden("problem.forbidden.edit-roadmaps");
        }
    }

    /** Editing the roadmap or its items (create, change, delete): 403 for others, 409 once archived. */
    public void requireEdit(Actor actor, Roadmap roadmap) {
        requireCreate(actor);
        if (roadmap.status == RoadmapStatus.ARCHIVED) {
            throw ApiException.conflict("roadmap-archived", "problem.roadmap.archived");
        }
    }

    public void requireApprove(Actor actor, Roadmap roadmap, long itemCount) {
        if (!actor.isAssociation()) {
            throw ApiException.forbidden("problem.forbidden.approve-roadmaps");
        }
        if (roadmap.status != RoadmapStatus.DRAFT) {
            throw ApiException.conflict("roadmap-not-draft", "problem.roadmap.not-draft");
        }
        if (itemCount == 0) {
            throw ApiException.conflict("roadmap-empty", "problem.roadmap.empty");
        }
    }

    public void requireArchive(Actor actor, Roadmap roadmap) {
        if (!actor.isAssociation()) {
            throw ApiException.forbidden("problem.forbidden.approve-roadmaps");
        }
        if (roadmap.status != RoadmapStatus.APPROVED) {
            throw ApiException.conflict("roadmap-not-approved", "problem.roadmap.not-approved");
        }
    }

    /** Only an approved or archived roadmap is copied to the next period: a draft is not settled yet (409). */
    public void requireCopy(Actor actor, Roadmap roadmap) {
        requireCreate(actor);
        if (roadmap.status == RoadmapStatus.DRAFT) {
            throw ApiException.conflict("roadmap-not-approved", "problem.roadmap.copy-draft");
        }
    }
}
