package ru.karta.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ru.karta.common.ClusterClock;
import ru.karta.meeting.MeetingDtos.MeetingOccurrence;
import ru.karta.report.Quarter;

/**
 * The quarterly meetings as the progress of the roadmap item that is their duty (item 13 of 2017): for each quarter
 * of the roadmap's period its QUARTERLY meeting, held (closed) or not. A quarter with several shows the held one, else
 * the last planned; cancelled meetings do not count.
 */
@ApplicationScoped
public class MeetingFigures {

    static final int MAX_OCCURRENCES = 40;

    private final EntityManager em;
    private final ClusterClock clock;

    @Inject
    public MeetingFigures(EntityManager em, ClusterClock clock) {
        this.em = em;
        this.clock = clock;
    }

    public List<MeetingOccurrence> occurrences(LocalDate start, LocalDate end) {
        List<MeetingOccurrence> list = new ArrayList<>();
        var zone = clock.zone();
        for (Quarter q = Quarter.of(start); q.compareTo(Quarter.of(end)) <= 0 && list.size() < MAX_OCCURRENCES;
                q = q.next()) {
            Instant from = q.firstDay().atStartOfDay(zone).toInstant();
            Instant to = q.lastDay().plusDays(1).atStartOfDay(zone).toInstant();
            List<Meeting> found = em.createQuery("from Meeting m where m.kind = :kind and m.state <> :cancelled"
                    + " and m.startsAt >= :from and m.startsAt < :to"
                    + " order by case when m.state = :closed then 0 else 1 end, m.startsAt desc, m.id", Meeting.class)
                    .setParameter("kind", MeetingKind.QUARTERLY).setParameter("cancelled", MeetingState.CANCELLED)
                    .setParameter("closed", MeetingState.CLOSED).setParameter("from", from).setParameter("to", to)
                    .setMaxResults(1).getResultList();
            if (found.isEmpty()) {
                list.add(new MeetingOccurrence(q.toString(), to, null, null, null, null, false));
            } else {
                Meeting m = found.get(0);
                list.add(new MeetingOccurrence(q.toString(), to, m.id, m.title, m.startsAt, m.state,
                        m.state == MeetingState.CLOSED));
            }
        }
        return list;
    }
}
