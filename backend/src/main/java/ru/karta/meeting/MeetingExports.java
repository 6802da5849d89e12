package ru.karta.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import ru.karta.common.ApiException;
import ru.karta.common.ClusterClock;
import ru.karta.identity.IdentityConfig;
import ru.karta.meeting.MeetingDtos.DecisionView;
import ru.karta.meeting.MeetingDtos.ParticipantView;
import ru.karta.meeting.MeetingDtos.PersonRef;
import ru.karta.security.Actor;

/**
 * What meetings look like outside Karta: calendar entries (RFC 5545, written by ical4j) for one meeting and for a
 * person's feed, and the protocol as a Word document (Apache POI) in the usual Russian layout.
 */
@ApplicationScoped
public class MeetingExports {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String CALENDAR = "text/calendar";
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'",
            Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String FONT = "Times New Roman";

    private final MeetingRepository meetings;
    private final MeetingService service;
    private final MeetingPolicy policy;
    private final ClusterClock clock;
    private final IdentityConfig identity;

    @Inject
    public MeetingExports(MeetingRepository meetings, MeetingService service, MeetingPolicy policy,
            ClusterClock clock, IdentityConfig identity) {
        this.meetings = meetings;
        this.service = service;
        this.policy = policy;
        this.clock = clock;
        this.identity = identity;
    }

    /** A file to answer with. */
    public record File(byte[] bytes, String name, String asciiName) {
    }

    // ---------------------------------------------------------------------------------------------- calendar

    @Transactional
    public File ics(Actor actor, UUID id) {
        Meeting meeting = service.find(id);
        String body = calendar(List.of(meeting), "PUBLISH").toString();
        String day = meeting.startsAt.atZone(clock.zone()).toLocalDate().toString();
        return new File(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "Совещание " + day + ".ics",
                "karta-meeting-" + day + ".ics");
    }

    /** A calendar of meetings (a feed: no METHOD, as subscriptions expect). */
    Calendar calendar(List<Meeting> list, String method) {
        Calendar calendar = new Calendar().withProdId("-//Karta//Meetings//RU").getFluentTarget();
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (method != null) {
            calendar.add(ImmutableMethod.PUBLISH);
        }
        Map<UUID, String> bodies = list.stream().filter(m -> m.bodyId != null).map(m -> m.bodyId).distinct()
                .collect(Collectors.toMap(b -> b, b -> meetings.em().find(Body.class, b).name));
        for (Meeting m : list) {
            Instant end = m.endsAt != null ? m.endsAt : m.startsAt.plus(Duration.ofHours(2));
            VEvent event = new VEvent(m.startsAt, end, m.title);
            event.add(new Uid(m.id + "@karta"));
            event.add(new DtStamp(clock.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            event.add(new LastModified(m.updatedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, m.version)));
            String where = m.place != null ? m.place : m.videoUrl;
            if (where != null) {
                event.add(new Location(where));
            }
            StringBuilder description = new StringBuilder();
            if (m.bodyId != null) {
                description.append(bodies.get(m.bodyId)).append('\n');
            }
            if (m.videoUrl != null) {
                description.append("Видеосвязь: ").append(m.videoUrl).append('\n');
            }
            description.append("Карта: ").append(identity.appLink("meetings/" + m.id));
            event.add(new Description(description.toString()));
            event.add(new Url(java.net.URI.create(identity.appLink("meetings/" + m.id))));
            event.add(new Status(m.state == MeetingState.CANCELLED ? Status.VALUE_CANCELLED
                    : m.state == MeetingState.DRAFT ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED));
            calendar.add(event);
        }
        return calendar;
    }


    // ---------------------------------------------------------------------------------------------- protocol

    @Transactional
    public File protocol(Actor actor, UUID id) {
        Meeting meeting = service.find(id);
        policy.requireDetails(actor, service.participation(actor, meeting) != null);
        List<AgendaItem> agenda = meetings.agenda(id);
        var agendaViews = service.agendaViews(agenda, true);
        List<DecisionView> decisions = service.decisionViews(meetings.allDecisions(id));
        List<ParticipantView> present = meetings.allParticipants(id).stream()
                .filter(p -> p.attendance() == Attendance.PRESENT).toList();
        Map<UUID, PersonRef> people = meetings.people(java.util.Arrays.asList(meeting.chairPersonId,
                meeting.secretaryPersonId));
        PersonRef chair = people.get(meeting.chairPersonId);
        PersonRef secretary = people.get(meeting.secretaryPersonId);
        String organisation = association();
        ZonedDateTime starts = meeting.startsAt.atZone(clock.zone());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            margins(doc);
            paragraph(doc, ParagraphAlignment.CENTER, true, 14, organisation);
            if (meeting.bodyId != null) {
                paragraph(doc, ParagraphAlignment.CENTER, false, 14, meetings.em().find(Body.class, meeting.bodyId).name);
            }
            paragraph(doc, ParagraphAlignment.CENTER, false, 14, "");
            paragraph(doc, ParagraphAlignment.CENTER, true, 16, "ПРОТОКОЛ");
            paragraph(doc, ParagraphAlignment.CENTER, false, 14, meeting.title);
            paragraph(doc, ParagraphAlignment.CENTER, false, 14, "");
            XWPFTable head = doc.createTable(1, 2);
            head.removeBorders();
            head.setWidth("100%");
            XWPFTableRow row = head.getRow(0);
            cell(row.getCell(0).getParagraphs().get(0), ParagraphAlignment.LEFT, LONG_DAY.format(starts)
                    + ", " + TIME.format(starts));
            cell(row.getCell(1).getParagraphs().get(0), ParagraphAlignment.RIGHT,
                    "№ " + (meeting.number == null ? "____" : meeting.number));
            paragraph(doc, ParagraphAlignment.LEFT, false, 14, meeting.place != null ? meeting.place
                    : "Видеоконференция: " + meeting.videoUrl);
            paragraph(doc, ParagraphAlignment.LEFT, false, 14, "");
            labelled(doc, "Председатель: ", chair == null ? "—" : chair.name());
            labelled(doc, "Секретарь: ", secretary == null ? "—" : secretary.name());
            paragraph(doc, ParagraphAlignment.LEFT, true, 14, "Присутствовали (" + present.size() + "):");
            int n = 1;
            for (ParticipantView p : present) {
                StringBuilder line = new StringBuilder().append(n++).append(". ").append(p.name());
                if (p.position() != null) {
                    line.append(", ").append(p.position());
                }
                if (p.organisationName() != null) {
                    line.append(" — ").append(p.organisationName());
                }
                paragraph(doc, ParagraphAlignment.LEFT, false, 14, line.toString());
            }
            if (present.isEmpty()) {
                paragraph(doc, ParagraphAlignment.LEFT, false, 14, "—");
            }
            paragraph(doc, ParagraphAlignment.LEFT, false, 14, "");
            paragraph(doc, ParagraphAlignment.CENTER, true, 14, "ПОВЕСТКА ДНЯ:");
            for (var item : agendaViews) {
                paragraph(doc, ParagraphAlignment.BOTH, false, 14, item.position() + ". " + item.title()
                        + (item.presenter() == null ? "" : " (докладчик — " + item.presenter().name() + ")"));
            }
            if (agendaViews.isEmpty()) {
                paragraph(doc, ParagraphAlignment.LEFT, false, 14, "—");
            }
            for (var item : agendaViews) {
                paragraph(doc, ParagraphAlignment.LEFT, false, 14, "");
                paragraph(doc, ParagraphAlignment.BOTH, true, 14, item.position() + ". " + item.title());
                labelled(doc, "СЛУШАЛИ: ", item.heard() == null ? "—" : item.heard());
                labelled(doc, "ВЫСТУПИЛИ: ", item.spoke() == null ? "—" : item.spoke());
                decisions(doc, decisions.stream().filter(d -> item.id().equals(d.agendaItemId())).toList());
            }
            List<DecisionView> general = decisions.stream().filter(d -> d.agendaItemId() == null).toList();
            if (!general.isEmpty()) {
                paragraph(doc, ParagraphAlignment.LEFT, false, 14, "");
                paragraph(doc, ParagraphAlignment.BOTH, true, 14, "По итогам совещания");
                decisions(doc, general);
            }
            paragraph(doc, ParagraphAlignment.LEFT, false, 14, "");
            paragraph(doc, ParagraphAlignment.LEFT, false, 14, "");
            XWPFTable signatures = doc.createTable(2, 3);
            signatures.removeBorders();
            signatures.setWidth("100%");
            sign(signatures.getRow(0), "Председатель", chair);
            sign(signatures.getRow(1), "Секретарь", secretary);
            doc.write(out);
            String day = starts.toLocalDate().toString();
            return new File(out.toByteArray(), "Протокол " + day + (meeting.number == null ? "" : " № "
                    + meeting.number) + ".docx", "karta-protocol-" + day + ".docx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String association() {
        @SuppressWarnings("unchecked")
        List<String> names = meetings.em().createNativeQuery("select full_name from organisation"
                + " where kind = 'ASSOCIATION' order by created_at, id limit 1").getResultList();
        if (names.isEmpty()) {
            throw ApiException.conflict("no-association", "problem.meeting.no-association");
        }
        return names.get(0);
    }

    private static void decisions(XWPFDocument doc, List<DecisionView> list) {
        if (list.isEmpty()) {
            labelled(doc, "РЕШИЛИ: ", "—");
            return;
        }
        paragraph(doc, ParagraphAlignment.LEFT, true, 14, "РЕШИЛИ:");
        int n = 1;
        for (DecisionView d : list) {
            StringBuilder line = new StringBuilder().append(n++).append(". ").append(d.text());
            List<String> tail = new ArrayList<>();
            if (d.responsibleOrganisationName() != null) {
                tail.add("Ответственный: " + d.responsibleOrganisationName());
            }
            if (d.dueDate() != null) {
                tail.add("Срок: " + d.dueDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            }
            if (!tail.isEmpty()) {
                line.append(" ").append(String.join(". ", tail)).append('.');
            }
            paragraph(doc, ParagraphAlignment.BOTH, false, 14, line.toString());
        }
    }

    private static void sign(XWPFTableRow row, String role, PersonRef person) {
        cell(row.getCell(0).getParagraphs().get(0), ParagraphAlignment.LEFT, role);
        cell(row.getCell(1).getParagraphs().get(0), ParagraphAlignment.CENTER, "_______________");
        cell(row.getCell(2).getParagraphs().get(0), ParagraphAlignment.RIGHT, person == null ? "" : person.name());
    }

    private static void margins(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageMar margin = section.addNewPgMar();
        margin.setLeft(BigInteger.valueOf(1701));
        margin.setRight(BigInteger.valueOf(850));
        margin.setTop(BigInteger.valueOf(1134));
        margin.setBottom(BigInteger.valueOf(1134));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, boolean bold, int size,
            String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(0);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
        return p;
    }

    private static void labelled(XWPFDocument doc, String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(0);
        XWPFRun head = p.createRun();
        head.setFontFamily(FONT);
        head.setFontSize(14);
        head.setBold(true);
        head.setText(label);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(14);
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static void cell(XWPFParagraph p, ParagraphAlignment align, String text) {
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(14);
        run.setText(text);
    }
}
