package ru.karta.roadmap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.karta.common.ClusterClock;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.roadmap.RoadmapDtos.DeadlineView;
import ru.karta.roadmap.RoadmapDtos.ItemOrganisationView;
import ru.karta.roadmap.RoadmapDtos.ItemView;
import ru.karta.security.Actor;

/** Builds item views: organisation names in one query, overdue against today, the caller's permissions. */
@ApplicationScoped
public class ItemViews {

    private final OrganisationRepository organisations;
    private final RoadmapPolicy policy;
    private final ClusterClock clock;

    @Inject
    public ItemViews(OrganisationRepository organisations, RoadmapPolicy policy, ClusterClock clock) {
        this.organisations = organisations;
        this.policy = policy;
        this.clock = clock;
    }

    public List<ItemView> of(Actor actor, Collection<RoadmapItem> items, Roadmap roadmap) {
        return of(actor, items, Map.of(roadmap.id, roadmap));
    }

    /** Views of items from several roadmaps, each judged against its own roadmap. */
    public List<ItemView> of(Actor actor, Collection<RoadmapItem> items, Map<UUID, Roadmap> roadmaps) {
        Set<UUID> orgIds = new HashSet<>();
        for (RoadmapItem item : items) {
            item.parties.forEach(p -> orgIds.add(p.organisationId));
        }
        Map<UUID, String> names = organisations.displayNames(orgIds);
        List<ItemView> views = new ArrayList<>(items.size());
        var today = clock.today();
        for (RoadmapItem item : items) {
            views.add(view(actor, item, roadmaps.get(item.roadmapId), names, today));
        }
        return views;
    }

    public ItemView of(Actor actor, RoadmapItem item, Roadmap roadmap) {
        return of(actor, List.of(item), roadmap).get(0);
    }

    private ItemView view(Actor actor, RoadmapItem item, Roadmap roadmap, Map<UUID, String> names,
            java.time.LocalDate today) {
        List<ItemOrganisationView> responsible = new ArrayList<>();
        List<ItemOrganisationView> assisting = new ArrayList<>();
        for (ItemParty party : item.parties) {
            ItemOrganisationView view = new ItemOrganisationView(party.organisationId, names.get(party.organisationId),
                    party.official);
            (party.role == PartyRole.RESPONSIBLE ? responsible : assisting).add(view);
        }
        return new ItemView(item.id, item.roadmapId, item.number, item.activity, DeadlineView.of(item.deadline()),
                responsible, assisting, item.expectedResult, item.note, item.status,
                item.deadline().isOverdue(item.status, today), item.version, item.createdAt, item.updatedAt,
                policy.permissions(actor, roadmap, item));
    }
}
