package ru.karta.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.anonymous;
import static ru.karta.support.Api.as;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import ru.karta.support.Fixtures;
import ru.karta.support.Meetings;
import ru.karta.support.TestClock;
import ru.karta.support.TestTokens.Demo;
import ru.karta.support.Together;

/**
 * Meetings as the secretary and the participants live them: the life cycle and its read-only end, check-in with the
 * rotating code (first time kept under a burst, guests flagged, forged and expired codes refused), attendance,
 * minutes and decisions that become roadmap work, the protocol and calendar files, reminders and the quarterly duty.
 */
@QuarkusTest
class MeetingApiTest {

    @Inject
    TestClock clock;

    @Inject
    MeetingReminders reminders;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static JsonPath meeting(String id) {
        return as(Demo.ASSOCIATION).get("/api/v1/meetings/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The caller's notifications about a meeting, newest first, from all pages (others pile up in a long run). */
    static List<Map<String, Object>> notificationsAbout(Demo who, String meetingId) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonPath answer = as(who).get("/api/v1/notifications?size=200&page=" + page).then().statusCode(200)
                    .extract().jsonPath();
            found.addAll(answer.getList("items.findAll { it.meetingId == '" + meetingId + "' }"));
            if ((page + 1) * 200 >= answer.getLong("totalItems")) {
                return found;
            }
        }
    }

    static Response checkIn(Demo who, String meetingId, String token) {
        return as(who).contentType(ContentType.JSON).body(Map.of("token", token))
                .post("/api/v1/meetings/" + meetingId + "/check-ins");
    }

    @Test
    void aMeetingGoesFromDraftToClosedOnlyByLegalStepsAndIsThenReadOnly() {
        String id = Meetings.draft();
        assertEquals("DRAFT", meeting(id).getString("state"));
        as(Demo.ASSOCIATION).post("/api/v1/meetings/" + id + "/start").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("DRAFT"));
        Meetings.step(id, "open");
        Meetings.step(id, "start");
        as(Demo.CKR).post("/api/v1/meetings/" + id + "/close").then().statusCode(200).body("state", equalTo("CLOSED"));
        // the member was invited and never came: absent
        JsonPath attendance = as(Demo.ASSOCIATION).get("/api/v1/meetings/" + id + "/attendance").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, attendance.getInt("absentCount"));
        assertEquals("ABSENT", attendance.getString("participants[0].attendance"));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("place", "Другой зал", "version",
                meeting(id).getLong("version"))).patch("/api/v1/meetings/" + id).then().statusCode(409);
        as(Demo.ASSOCIATION).post("/api/v1/meetings/" + id + "/cancel").then().statusCode(409);
        assertFalse(meeting(id).getBoolean("permissions.edit"));
        List<String> actions = as(Demo.ASSOCIATION).get("/api/v1/meetings/" + id + "/history").then().statusCode(200)
                .extract().jsonPath().getList("items.action");
        assertTrue(actions.containsAll(List.of("CREATED", "OPEN", "IN_PROGRESS", "CLOSED", "INVITED")), actions::toString);
    }

    @Test
    void aParticipantChecksInOnceAndARepeatKeepsTheFirstTime() {
        String id = Meetings.open();
        String code = as(Demo.ASSOCIATION).get("/api/v1/meetings/" + id + "/check-in-code").then().statusCode(200)
                .body("url", containsString("/check-in/" + id + "?code=")).extract().path("token");
        JsonPath first = checkIn(Demo.MEMBER, id, code).then().statusCode(201).extract().jsonPath();
        assertFalse(first.getBoolean("guest"));
        assertFalse(first.getBoolean("repeat"));
        clock.set(clock.now().plusSeconds(30));
        JsonPath again = checkIn(Demo.MEMBER, id, Meetings.code(id)).then().statusCode(200).extract().jsonPath();
        assertTrue(again.getBoolean("repeat"));
        assertEquals(first.getString("checkedInAt"), again.getString("checkedInAt"));
        // not invited: a guest, flagged
        checkIn(Demo.MEMBER2, id, code).then().statusCode(201).body("guest", equalTo(true));
        JsonPath attendance = as(Demo.MEMBER).get("/api/v1/meetings/" + id + "/attendance").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, attendance.getInt("presentCount"));
        assertEquals(1, attendance.getInt("guestCount"));
        assertEquals(1, attendance.getInt("invitedCount"));
        assertEquals(2, attendance.getList("participants").size());
        // someone who is no participant sees the counts, not the people
        JsonPath outside = as(Demo.DEPARTMENT).get("/api/v1/meetings/" + id + "/attendance").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, outside.getInt("presentCount"));
        assertTrue(outside.getList("participants").isEmpty());
        JsonPath mine = as(Demo.MEMBER).get("/api/v1/meetings/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("PRESENT", mine.getString("myAttendance"));
        assertEquals(first.getString("checkedInAt"), mine.getString("myCheckedInAt"));
    }

    @Test
    void aBurstOfRepeatsFromOnePhoneMakesOneCheckInWithOneTime() throws Exception {
        String id = Meetings.open();
        String code = Meetings.code(id);
        List<Callable<Response>> burst = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            burst.add(() -> checkIn(Demo.DEPARTMENT, id, code));
        }
        List<Response> answers = Together.run(burst);
        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Response::statusCode,
                Collectors.counting()));
        assertEquals(Map.of(201, 1L, 200, 23L), statuses);
        assertEquals(1, answers.stream().map(r -> r.jsonPath().getString("checkedInAt")).distinct().count());
        JsonPath attendance = as(Demo.ASSOCIATION).get("/api/v1/meetings/" + id + "/attendance").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, attendance.getInt("presentCount"));
        List<String> checkIns = as(Demo.ASSOCIATION).get("/api/v1/meetings/" + id + "/history").then().extract()
                .jsonPath().getList("items.findAll { it.action == 'CHECKED_IN' }.action");
        assertEquals(1, checkIns.size(), "one check-in audited");
    }

    @Test
    void aForgedOrExpiredCodeIsRefusedWithAClearMessageAndTheRightOneStillWorksOneWindowLate() {
        String id = Meetings.open();
        String other = Meetings.open();
        String code = Meetings.code(id);
        checkIn(Demo.MEMBER, id, Meetings.code(other)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("token")).body("detail", containsString("не подходит"));
        checkIn(Demo.MEMBER, id, "garbage").then().statusCode(400).body("errors[0].field", equalTo("token"));
        checkIn(Demo.MEMBER, id, code.substring(0, code.length() - 2) + "AA").then().statusCode(400);
        // the code read just before it rotated still works in the next window
        clock.set(clock.now().plusSeconds(60));
        checkIn(Demo.MEMBER, id, code).then().statusCode(201);
        // two windows on, it has expired
        clock.set(clock.now().plusSeconds(120));
        checkIn(Demo.MEMBER2, id, code).then().statusCode(400).body("detail", containsString("устарел"));
        checkIn(Demo.SCRIPT, id, code).then().statusCode(403);
        String draft = Meetings.draft();
        checkIn(Demo.MEMBER, draft, Meetings.code(draft)).then().statusCode(409);
    }

    @Test
    void theSecretaryMarksAttendanceByHand() {
        String id = Meetings.draft();
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("attendance", "PRESENT"))
                .put("/api/v1/meetings/" + id + "/participants/" + Meetings.MEMBER_PERSON + "/attendance").then()
                .statusCode(409);
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("attendance", "EXCUSED"))
                .put("/api/v1/meetings/" + id + "/participants/" + Meetings.MEMBER_PERSON + "/attendance").then()
                .statusCode(200).body("attendance", equalTo("EXCUSED"));
        Meetings.step(id, "open");
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("attendance", "PRESENT"))
                .put("/api/v1/meetings/" + id + "/participants/" + Meetings.MEMBER_PERSON + "/attendance").then()
                .statusCode(200).body("attendance", equalTo("PRESENT")).body("via", equalTo("MANUAL"))
                .body("checkedInAt", org.hamcrest.Matchers.notNullValue());
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("attendance", "PRESENT"))
                .put("/api/v1/meetings/" + id + "/participants/" + Meetings.MEMBER2_PERSON + "/attendance").then()
                .statusCode(404);
    }

    @Test
    void decisionsBecomeRoadmapItemsOrProgressAndTheProtocolSaysItAll() throws Exception {
        Map<String, String> roadmap = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG);
        String id = Meetings.open();
        checkIn(Demo.MEMBER, id, Meetings.code(id)).then().statusCode(201);
        String item = Meetings.agendaItem(id).split("\\|")[1];
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("text", "Рано", "responsibleOrganisationId",
                Fixtures.MEMBER_ORG)).post("/api/v1/meetings/" + id + "/decisions").then().statusCode(409);
        Meetings.step(id, "start");
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("heard", "Орлов Д. — о ходе работ",
                "spoke", "Волков И. — о сроках", "version", 0))
                .put("/api/v1/meetings/" + id + "/agenda-items/" + item + "/minutes").then().statusCode(200)
                .body("heard", equalTo("Орлов Д. — о ходе работ"));
        // a stale version loses
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("heard", "Другое", "version", 0))
                .put("/api/v1/meetings/" + id + "/agenda-items/" + item + "/minutes").then().statusCode(409);
        JsonPath created = as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of(
                "text", "Подготовить заявку на конкурс Минпромторга", "responsibleOrganisationId", Fixtures.MEMBER_ORG,
                "dueDate", "2030-09-30", "createRoadmapItem", true, "roadmapId", roadmap.get("roadmap"),
                "agendaItemId", item)).post("/api/v1/meetings/" + id + "/decisions").then().statusCode(201)
                .extract().jsonPath();
        String newItem = created.getString("roadmapItem.id");
        assertTrue(created.getBoolean("createdRoadmapItem"));
        as(Demo.MEMBER).get("/api/v1/roadmap-items/" + newItem).then().statusCode(200)
                .body("activity", equalTo("Подготовить заявку на конкурс Минпромторга"))
                .body("responsible[0].organisationId", equalTo(Fixtures.MEMBER_ORG))
                .body("deadline.dueDate", equalTo("2030-09-30"));
        JsonPath progress = as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of(
                "text", "Работы продолжить", "roadmapItemId", roadmap.get("item"), "agendaItemId", item))
                .post("/api/v1/meetings/" + id + "/decisions").then().statusCode(201).extract().jsonPath();
        assertNotNull(progress.getString("progressUpdateId"));
        as(Demo.DEPARTMENT).get("/api/v1/roadmap-items/" + roadmap.get("item") + "/progress-updates").then().statusCode(200)
                .body("items[0].text", containsString("Работы продолжить"));
        as(Demo.MEMBER).get("/api/v1/meetings/" + id + "/decisions").then().statusCode(200)
                .body("totalItems", equalTo(2));
        as(Demo.DEPARTMENT).get("/api/v1/meetings/" + id + "/decisions").then().statusCode(403);

        byte[] docx = as(Demo.MEMBER).get("/api/v1/meetings/" + id + "/protocol.docx").then().statusCode(200)
                .contentType(MeetingExports.DOCX).header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            text = words.getText();
        }
        for (String expected : List.of("ПРОТОКОЛ", "Ассоциация", "Председатель", "Соколова Анна", "Секретарь",
                "Орлов Дмитрий", "Присутствовали (1)", "Волков Игорь", "ПОВЕСТКА ДНЯ", "СЛУШАЛИ", "Орлов Д. — о ходе работ",
                "ВЫСТУПИЛИ", "РЕШИЛИ", "Подготовить заявку на конкурс Минпромторга", "Срок: 30.09.2030")) {
            assertTrue(text.contains(expected), () -> "the protocol lacks «" + expected + "»:\n" + text);
        }
        as(Demo.DEPARTMENT).get("/api/v1/meetings/" + id + "/protocol.docx").then().statusCode(403);
    }

    @Test
    void aMeetingIsACalendarEntryAndAPersonSubscribesToAFeedTheyCanRevoke() {
        String id = Meetings.open();
        String title = meeting(id).getString("title");
        String ics = as(Demo.SCRIPT).get("/api/v1/meetings/" + id + ".ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertTrue(ics.contains("BEGIN:VCALENDAR"), ics);
        assertTrue(ics.contains("UID:" + id + "@karta"), ics);
        assertTrue(ics.contains("DTSTART:20310325T080000Z"), ics);
        assertTrue(ics.replace("\r\n ", "").contains("SUMMARY:" + title), ics);
        String url = as(Demo.MEMBER).post("/api/v1/me/calendar-feed").then().statusCode(201).extract().path("url");
        String path = url.substring(url.indexOf("/api/v1/"));
        String feed = anonymous().get(path).then().statusCode(200).extract().asString();
        assertTrue(feed.contains("UID:" + id + "@karta"), "the member's meeting is in the feed");
        as(Demo.MEMBER).get("/api/v1/me/calendar-feed").then().statusCode(200).body("active", equalTo(true))
                .body("url", org.hamcrest.Matchers.nullValue());
        // a new URL replaces the old one; revoking ends it
        String second = as(Demo.MEMBER).post("/api/v1/me/calendar-feed").then().statusCode(201).extract().path("url");
        anonymous().get(path).then().statusCode(404);
        as(Demo.MEMBER).delete("/api/v1/me/calendar-feed").then().statusCode(204);
        anonymous().get(second.substring(second.indexOf("/api/v1/"))).then().statusCode(404);
    }

    @Test
    void invitedPeopleAreRemindedWhenItOpensAndTheDayBeforeOnceEach() {
        String id = Meetings.draft();
        Meetings.step(id, "open");
        reminders.run();
        List<Map<String, Object>> mine = notificationsAbout(Demo.MEMBER, id);
        assertEquals(1, mine.size(), mine::toString);
        assertEquals("MEETING_OPENED", mine.get(0).get("kind"));
        assertEquals("/meetings/" + id, mine.get(0).get("link"));
        // another enterprise's people never see it
        assertTrue(notificationsAbout(Demo.MEMBER2, id).isEmpty());
        Instant starts = Instant.parse(meeting(id).getString("startsAt"));
        clock.set(starts.minus(Duration.ofHours(12)));
        assertTrue(reminders.run().stream().anyMatch(m -> m.meetingId().toString().equals(id)
                && m.kind().equals("MEETING_TOMORROW")));
        assertTrue(reminders.run().stream().noneMatch(m -> m.meetingId().toString().equals(id)), "once each");
        List<Object> kinds = notificationsAbout(Demo.MEMBER, id).stream().map(n -> n.get("kind")).toList();
        assertEquals(List.of("MEETING_TOMORROW", "MEETING_OPENED"), kinds);
    }

    @Test
    void anOrganisationsPeopleAreInvitedInOneStep() {
        String id = Meetings.draft();
        String person = Fixtures.person(Fixtures.MEMBER2_ORG);
        long people = as(Demo.ASSOCIATION).get("/api/v1/people?organisationId=" + Fixtures.MEMBER2_ORG + "&size=1")
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
        JsonPath added = as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("organisationId", Fixtures.MEMBER2_ORG))
                .post("/api/v1/meetings/" + id + "/participants").then().statusCode(200).extract().jsonPath();
        assertEquals(people, added.getLong("added"));
        assertEquals(people + 1, added.getLong("invitedCount"), "the member's person was invited before");
        List<String> invited = as(Demo.ASSOCIATION).get("/api/v1/meetings/" + id + "/participants?size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.personId");
        assertTrue(invited.containsAll(List.of(person, Meetings.MEMBER2_PERSON, Meetings.MEMBER_PERSON)), invited::toString);
    }

    @Test
    void theQuarterlyMeetingsItemShowsEachQuarterHeldOrNot() {
        JsonPath item = as(Demo.DEPARTMENT).get("/api/v1/roadmap-items/60000000-0000-4000-8000-000000000013").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("MEETINGS", item.getString("duty"));
        assertEquals(List.of("2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4"), item.getList("meetings.period"));
        assertEquals(List.of(true, true, false, false), item.getList("meetings.held"));
        assertEquals("72000000-0000-4000-8000-000000000001", item.getString("meetings[0].meetingId"));
    }

    @Test
    void aBodyKeepsItsMembershipHistoryAndInvitesItsCurrentMembersInOneStep() {
        String body = as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("kind", "WORKING_GROUP", "name",
                Fixtures.unique("Рабочая группа по стеклопластикам"))).post("/api/v1/bodies").then().statusCode(201)
                .extract().path("id");
        for (String person : List.of(Meetings.MEMBER_PERSON, Meetings.MEMBER2_PERSON, Meetings.DEPARTMENT_PERSON)) {
            as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("personId", person, "role", "MEMBER",
                    "from", "2028-01-01")).post("/api/v1/bodies/" + body + "/members").then().statusCode(201);
        }
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("personId", Meetings.MEMBER_PERSON, "role", "CHAIR"))
                .post("/api/v1/bodies/" + body + "/members").then().statusCode(409);
        JsonPath view = as(Demo.MEMBER).get("/api/v1/bodies/" + body).then().statusCode(200).extract().jsonPath();
        String leaving = view.getString("members.find { it.personId == '" + Meetings.DEPARTMENT_PERSON + "' }.id");
        long version = view.getLong("members.find { it.personId == '" + Meetings.DEPARTMENT_PERSON + "' }.version");
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("to", "2028-02-29", "version", version))
                .patch("/api/v1/bodies/" + body + "/members/" + leaving).then().statusCode(200)
                .body("current", equalTo(false));
        JsonPath after = as(Demo.MEMBER).get("/api/v1/bodies/" + body).then().statusCode(200).extract().jsonPath();
        assertEquals(2, after.getInt("memberCount"));
        assertEquals(3, after.getList("members").size(), "the former member stays as history");
        assertFalse(after.getBoolean("members[2].current"));
        assertTrue(as(Demo.MEMBER).get("/api/v1/bodies/" + body + "/history").then().statusCode(200).extract()
                .jsonPath().getList("items.action").contains("ENDED"));
        as(Demo.MEMBER).contentType(ContentType.JSON).body(Map.of("kind", "COUNCIL", "name", "Мой совет"))
                .post("/api/v1/bodies").then().statusCode(403);

        String meeting = as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("title", "Заседание рабочей группы",
                "kind", "WORKING_GROUP", "bodyId", body, "startsAt", "2028-04-10T08:00:00Z", "videoUrl",
                "https://meet.example.ru/wg")).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("bodyId", body))
                .post("/api/v1/meetings/" + meeting + "/participants").then().statusCode(200)
                .body("added", equalTo(2)).body("invitedCount", equalTo(2));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("bodyId", body))
                .post("/api/v1/meetings/" + meeting + "/participants").then().statusCode(200)
                .body("added", equalTo(0)).body("alreadyParticipants", equalTo(2));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("bodyId", body, "personId",
                Meetings.CKR_PERSON)).post("/api/v1/meetings/" + meeting + "/participants").then().statusCode(400);
        as(Demo.ASSOCIATION).get("/api/v1/meetings?bodyId=" + body).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].bodyName", containsString("стеклопластикам"));
        as(Demo.MEMBER2).get("/api/v1/meetings?mine=true&from=2028-04-01&to=2028-04-30").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(meeting));
    }
}
