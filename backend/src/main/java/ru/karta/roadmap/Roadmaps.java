package ru.karta.roadmap;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.karta.common.ApiException;
import ru.karta.security.Access;

/** Finding roadmaps and items the caller may see: anything else is a 404, exactly like what does not exist. */
@ApplicationScoped
public class Roadmaps {

    private final RoadmapRepository roadmaps;
    private final RoadmapItemRepository items;
    private final Access access;

    @Inject
    public Roadmaps(RoadmapRepository roadmaps, RoadmapItemRepository items, Access access) {
        this.roadmaps = roadmaps;
        this.items = items;
        this.access = access;
    }

    public Roadmap visible(UUID id) {
        Roadmap roadmap = roadmaps.findById(id);
        if (roadmap == null || (roadmap.status == RoadmapStatus.DRAFT && !access.canSeeDrafts())) {
            throw ApiException.notFound("roadmap");
        }
        return roadmap;
    }

    public RoadmapItem visibleItem(UUID id) {
        RoadmapItem item = items.findById(id);
        if (item == null) {
            throw ApiException.notFound("item");
        }
        requireVisibleRoadmapOf(item);
        return item;
    }

    /** Like {@link #visibleItem} with the item's row locked until the transaction ends. */
    public RoadmapItem visibleItemForUpdate(UUID id) {
        RoadmapItem item = items.findForUpdate(id);
        if (item == null) {
            throw ApiException.notFound("item");
        }
        requireVisibleRoadmapOf(item);
        return item;
    }

    public Roadmap roadmapOf(RoadmapItem item) {
        return roadmaps.findById(item.roadmapId);
    }

    private void requireVisibleRoadmapOf(RoadmapItem item) {
        Roadmap roadmap = roadmaps.findById(item.roadmapId);
        if (roadmap.status == RoadmapStatus.DRAFT && !access.canSeeDrafts()) {
            throw ApiException.notFound("item");
        }
    }

    public static void requireNotArchived(Roadmap roadmap) {
        if (roadmap.status == RoadmapStatus.ARCHIVED) {
            throw ApiException.conflict("roadmap-archived", "problem.roadmap.archived");
        }
    }
}
