package ru.karta.roadmap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.karta.common.ClusterClock;
import ru.karta.common.Versions;
import ru.karta.meeting.MeetingDtos.MeetingOccurrence;
import ru.karta.meeting.MeetingFigures;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.report.FigureDtos.QuarterTotals;
import ru.karta.report.ReportFigures;
import ru.karta.roadmap.RoadmapDtos.DeadlineView;
import ru.karta.roadmap.RoadmapDtos.ItemOrganisationView;
import ru.karta.roadmap.RoadmapDtos.ItemView;
import ru.karta.security.Actor;

/**
 * Builds item views: organisation names in one query, overdue against today, the caller's permissions, and for an
 * item that is the report duty its occurrences (each quarter's completeness, one query per roadmap period).
 */
@ApplicationScoped
public class ItemViews {

    private final OrganisationRepository organisations;
    private final RoadmapPolicy policy;
    private final ClusterClock clock;
    private final ReportFigures reports;
    private final MeetingFigures meetings;

    @Inject
    public ItemViews(OrganisationRepository organisations, RoadmapPolicy policy, ClusterClock clock,
            ReportFigures reports, MeetingFigures meetings) {
        this.organisations = organisations;
        this.policy = policy;
        this.clock = clock;
        this.reports = reports;
        this.meetings = meetings;
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
        Map<UUID, List<QuarterTotals>> occurrences = new HashMap<>();
        Map<UUID, List<MeetingOccurrence>> held = new HashMap<>();
        for (RoadmapItem item : items) {
            Roadmap roadmap = roadmaps.get(item.roadmapId);
            if (item.duty == Duty.REPORTS) {
                occurrences.computeIfAbsent(roadmap.id, id -> reports.occurrences(roadmap.periodStart,
                        roadmap.periodEnd));
            } else if (item.duty == Duty.MEETINGS) {
                held.computeIfAbsent(roadmap.id, id -> meetings.occurrences(roadmap.periodStart, roadmap.periodEnd));
            }
        }
        List<ItemView> views = new ArrayList<>(items.size());
        var today = clock.today();
        for (RoadmapItem item : items) {
            views.add(view(actor, item, roadmaps.get(item.roadmapId), names, today,
                    item.duty == Duty.REPORTS ? occurrences.get(item.roadmapId) : null,
                    item.duty == Duty.MEETINGS ? held.get(item.roadmapId) : null));
        }
        return views;
    }

    /**
     * The ETag of an item's view: its version and the caller's permissions, and for a duty a digest of its occurrences,
     * which change with the reports rather than with the item.
     */
    public static String etag(ItemView view) {
        String etag = Versions.etag(view.version(), view.permissions());
        if (view.occurrences() == null && view.meetings() == null) {
            return etag;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(
                    view.occurrences() != null ? view.occurrences() : view.meetings()).getBytes(StandardCharsets.UTF_8));
            return etag.substring(0, etag.length() - 1) + "-o"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ItemView of(Actor actor, RoadmapItem item, Roadmap roadmap) {
        return of(actor, List.of(item), roadmap).get(0);
    }

    private ItemView view(Actor actor, RoadmapItem item, Roadmap roadmap, Map<UUID, String> names,
            java.time.LocalDate today, List<QuarterTotals> occurrences, List<MeetingOccurrence> held) {
        List<ItemOrganisationView> responsible = new ArrayList<>();
        List<ItemOrganisationView> assisting = new ArrayList<>();
        for (ItemParty party : item.parties) {
            ItemOrganisationView view = new ItemOrganisationView(party.organisationId, names.get(party.organisationId),
                    party.official);
            (party.role == PartyRole.RESPONSIBLE ? responsible : assisting).add(view);
        }
        return new ItemView(item.id, item.roadmapId, item.number, item.activity, DeadlineView.of(item.deadline()),
                responsible, assisting, item.expectedResult, item.note, item.status,
                item.deadline().isOverdue(item.status, today), item.duty, occurrences, held, item.version, item.createdAt,
                item.updatedAt,
                policy.permissions(actor, roadmap, item));
    }
}
