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

import ru.karta.common.Clocks;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.roadmap.RoadmapDtos.DeadlineView;
import ru.karta.roadmap.RoadmapDtos.ItemOrganisationView;
import ru.karta.roadmap.RoadmapDtos.ItemPermissions;
import ru.karta.roadmap.RoadmapDtos.ItemView;
import ru.karta.security.Access;

/** Builds item views: organisation names in one query, overdue against today, the caller's permissions. */
@ApplicationScoped
public class ItemViews {

    private final OrganisationRepository organisations;
    private final Access access;
    private final Clocks clocks;

    @Inject
    public ItemViews(OrganisationRepository organisations, Access access, Clocks clocks) {
        this.organisations = organisations;
        this.access = access;
        this.clocks = clocks;
    }

    public List<ItemView> of(Collection<RoadmapItem> items, Roadmap roadmap) {
        Set<UUID> orgIds = new HashSet<>();
        for (RoadmapItem item : items) {
            item.parties.forEach(p -> orgIds.add(p.organisationId));
        }
        Map<UUID, String> names = organisations.displayNames(orgIds);
        List<ItemView> views = new ArrayList<>(items.size());
        for (RoadmapItem item : items) {
            views.add(view(item, roadmap, names));
        }
        return views;
    }

    public ItemView of(RoadmapItem item, Roadmap roadmap) {
        return of(List.of(item), roadmap).get(0);
    }

    private ItemView view(RoadmapItem item, Roadmap roadmap, Map<UUID, String> names) {
        List<ItemOrganisationView> responsible = new ArrayList<>();
        List<ItemOrganisationView> assisting = new ArrayList<>();
        for (ItemParty party : item.parties) {
            ItemOrganisationView view = new ItemOrganisationView(party.organisationId, names.get(party.organisationId),
                    party.official);
            (party.role == PartyRole.RESPONSIBLE ? responsible : assisting).add(view);
        }
        boolean open = roadmap.status != RoadmapStatus.ARCHIVED;
        ItemPermissions permissions = new ItemPermissions(open && access.canEditRoadmaps(),
                roadmap.status == RoadmapStatus.APPROVED && access.canUpdateProgress(organisationsOf(item)));
        return new ItemView(item.id, item.roadmapId, item.number, item.activity, DeadlineView.of(item.deadline()),
                responsible, assisting, item.expectedResult, item.note, item.status,
                item.deadline().isOverdue(item.status, clocks.today()), item.version, item.createdAt, item.updatedAt,
                permissions);
    }

    static List<UUID> organisationsOf(RoadmapItem item) {
        return item.parties.stream().map(p -> p.organisationId).toList();
    }
}
