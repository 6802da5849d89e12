package ru.karta.roadmap;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import ru.karta.common.ApiException;
import ru.karta.security.Actor;
import ru.karta.security.Role;

/**
 * Who may report progress on an item and change its status (DESIGN.md's access table):
 * <ul>
 * <li>report progress: the association and ЦКР on any item; a department or member enterprise where its organisation
 * is responsible or assisting (403 otherwise);</li>
 * <li>change the status with a report: the association and ЦКР, and the responsible organisations only; an assisting
 * organisation reports without a status (403);</li>
 * <li>only on an approved roadmap: a draft is not started yet, an archived one is closed (409).</li>
 * </ul>
 * Seeing the item at all is {@link RoadmapPolicy}'s rule.
 */
@ApplicationScoped
public class ProgressPolicy {

    public boolean canReport(Actor actor, Roadmap roadmap, RoadmapItem item) {
        return roadmap.status == RoadmapStatus.APPROVED && reports(actor, item, false);
    }

    public boolean canChangeStatus(Actor actor, Roadmap roadmap, RoadmapItem item) {
        return roadmap.status == RoadmapStatus.APPROVED && reports(actor, item, true);
    }

    public void requireReport(Actor actor, Roadmap roadmap, RoadmapItem item, boolean changesStatus) {
        if (!reports(actor, item, false)) {
            throw ApiException.forbidden("problem.forbidden.update-progress");
        }
        if (changesStatus && !reports(actor, item, true)) {
            throw ApiException.forbidden("problem.forbidden.change-status");
        }
        if (roadmap.status == RoadmapStatus.DRAFT) {
            throw ApiException.conflict("roadmap-not-approved", "problem.progress.draft");
        }
        if (roadmap.status == RoadmapStatus.ARCHIVED) {
            throw ApiException.conflict("roadmap-archived", "problem.roadmap.archived");
        }
    }

    private static boolean reports(Actor actor, RoadmapItem item, boolean responsibleOnly) {
        if (actor.runsCluster()) {
            return true;
        }
        if (!actor.hasAny(Role.DEPARTMENT, Role.MEMBER)) {
            return false;
        }
        UUID own = actor.organisationId();
        return own != null && item.parties.stream()
                .anyMatch(p -> p.organisationId.equals(own) && (!responsibleOnly || p.role == PartyRole.RESPONSIBLE));
    }
}
