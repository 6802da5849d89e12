package ru.karta.roadmap;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.karta.common.ApiException;
import ru.karta.security.Actor;

/** Finds roadmaps and items the actor may see ({@link RoadmapPolicy}): anything else is a 404, like what does not exist. */
@ApplicationScoped
public class Roadmaps {

    private final RoadmapRepository roadmaps;
    private final RoadmapItemRepository items;
    private final RoadmapPolicy policy;

    @Inject
    public Roadmaps(RoadmapRepository roadmaps, RoadmapItemRepository items, RoadmapPolicy policy) {
        this.roadmaps = roadmaps;
        this.items = items;
        this.policy = policy;
    }

    public Roadmap visible(Actor actor, UUID id) {
        Roadmap roadmap = roadmaps.findById(id);
        if (roadmap == null || !policy.canSee(actor, roadmap)) {
            throw ApiException.notFound("roadmap");
        }
        return roadmap;
    }

    public RoadmapItem visibleItem(Actor actor, UUID id) {
        return requireVisible(actor, items.findById(id));
    }

    /** Like {@link #visibleItem} with the item's row locked until the transaction ends. */
    public RoadmapItem visibleItemForUpdate(Actor actor, UUID id) {
        return requireVisible(actor, items.findForUpdate(id));
    }

    /** A roadmap by id, without a visibility check: for items already found visible. */
    Roadmap roadmap(UUID id) {
        return roadmaps.findById(id);
    }

    public Roadmap roadmapOf(RoadmapItem item) {
        return roadmaps.findById(item.roadmapId);
    }

    private RoadmapItem requireVisible(Actor actor, RoadmapItem item) {
        if (item == null || !policy.canSee(actor, roadmapOf(item))) {
            throw ApiException.notFound("item");
        }
        return item;
    }
}
