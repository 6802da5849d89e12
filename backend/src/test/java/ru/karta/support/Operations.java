package ru.karta.support;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import ru.karta.support.TestTokens.Demo;

/** Targets and valid bodies for calling any operation of the contract, shared by the sweeps. */
public final class Operations {

    private Operations() {
    }

    /** What a path's {id} (or other parameter) names, made fresh for every call. */
    public static final Map<String, Supplier<String>> TARGETS = Map.ofEntries(
            entry("–", () -> ""),
            entry("member-organisation", () -> Fixtures.MEMBER_ORG),
            entry("unused-organisation", () -> Fixtures.organisation("OTHER")),
            entry("approved-roadmap", () -> Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("roadmap")),
            entry("draft-roadmap", () -> {
                String roadmap = Fixtures.draftRoadmap();
                Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.DEPARTMENT_ORG), List.of());
                return roadmap;
            }),
            entry("approved-item", () -> {
                String roadmap = Fixtures.draftRoadmap();
                String item = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.DEPARTMENT_ORG),
                        List.of(Fixtures.MEMBER_ORG));
                Fixtures.approve(roadmap);
                return item;
            }),
            entry("association-item", () -> Fixtures.approvedRoadmapWithItem(Fixtures.ASSOCIATION_ORG).get("item")),
            entry("draft-item", () -> Fixtures.item(Fixtures.draftRoadmap(), "1", "2030",
                    List.of(Fixtures.DEPARTMENT_ORG), List.of())),
            entry("form-1", () -> "1"),
            entry("member-draft-report", Reports::memberDraft),
            entry("member-complete-report", Reports::memberCompleteDraft),
            entry("member-submitted-report", Reports::memberSubmitted),
            entry("member-notification", () -> Notifications.reminder(Fixtures.MEMBER_ORG)),
            entry("member-person", () -> Fixtures.person(Fixtures.MEMBER_ORG)),
            entry("member-invited-person", () -> Fixtures.invitedPerson(Fixtures.MEMBER_ORG)),
            entry("member-disabled-person", () -> Fixtures.disabledPerson(Fixtures.MEMBER_ORG)),
            entry("service-account", Fixtures::serviceAccount),
            entry("body", Meetings::body),
            entry("body-member", Meetings::bodyMember),
            entry("draft-meeting", Meetings::draft),
            entry("open-meeting", Meetings::open),
            entry("running-meeting", Meetings::running),
            entry("closed-meeting", Meetings::closed),
            entry("draft-agenda-item", () -> Meetings.agendaItem(Meetings.draft())),
            entry("running-agenda-item", () -> Meetings.agendaItem(Meetings.running())),
            entry("draft-participant", () -> Meetings.draft() + "|" + Meetings.MEMBER_PERSON),
            entry("open-participant", () -> Meetings.open() + "|" + Meetings.MEMBER_PERSON),
            entry("feed-token", Meetings::feedToken),
            entry("member-attachment", () -> {
                String item = Fixtures.approvedRoadmapWithItem(Fixtures.MEMBER_ORG).get("item");
                return Documents.attach(Demo.MEMBER, item, "Соглашение.pdf", Documents.pdf("соглашение"),
                        "application/pdf", null).then().statusCode(201).extract().path("id");
            }),
            entry("roadmap-import", () -> Documents.upload(Demo.ASSOCIATION, "seed.txt", Documents.seed(), "text/plain")
                    .then().statusCode(201).extract().path("id")),
            entry("unknown-feed-token", () -> "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

    /** A valid body for every operation that takes one. */
    public static final Map<String, Supplier<Object>> BODIES = Map.ofEntries(
            entry("createOrganisation", () -> Map.of("kind", "OTHER", "fullName",
                    Fixtures.unique("ООО «Проверка доступа»"))),
            entry("updateOrganisation", () -> Map.of("contacts", Map.of("address", "г. Смоленск"))),
            entry("createRoadmap", () -> Map.of("title", "Карта", "periodStart", "2032-01-01", "periodEnd",
                    "2032-12-31")),
            entry("updateRoadmap", () -> Map.of("description", "Уточнено")),
            entry("copyRoadmap", () -> Map.of()),
            entry("createRoadmapItem", () -> Map.of("number", "99", "activity", "Новое мероприятие", "deadline",
                    Map.of("text", "2030"), "responsible",
                    List.of(Map.of("organisationId", Fixtures.ASSOCIATION_ORG)))),
            entry("updateRoadmapItem", () -> Map.of("note", "Уточнено")),
            entry("createProgressUpdate", () -> Map.of("text", "Ход работ")),
            entry("createQuarterlyReport", () -> Map.of("organisationId", Fixtures.MEMBER_ORG, "period",
                    Reports.freshPeriod())),
            // a fresh target is at version 0
            entry("updateQuarterlyReport", () -> Map.of("values", Reports.validValues(), "comment",
                    "Рост выручки — новый контракт", "version", 0)),
            entry("returnQuarterlyReport", () -> Map.of("comment", "Уточните R03: больше, чем в прошлом квартале")),
            entry("createPerson", () -> Map.of("name", "Сидоров Семён", "position", "Технолог", "organisationId",
                    Fixtures.MEMBER_ORG, "email", "s-" + java.util.UUID.randomUUID().toString().substring(0, 8)
                            + "@people.example")),
            entry("updatePerson", () -> Map.of("position", "Ведущий инженер")),
            entry("grantRoles", () -> Map.of("roles", List.of("member"))),
            entry("configureSignIn", () -> Map.of("enabled", true)),
            entry("createServiceAccount", () -> Map.of("name", Fixtures.unique("Сценарий"))),
            entry("createBody", () -> Map.of("kind", "WORKING_GROUP", "name", Fixtures.unique("Рабочая группа"))),
            entry("updateBody", () -> Map.of("description", "Уточнено")),
            entry("addBodyMember", () -> Map.of("personId", Meetings.MEMBER2_PERSON, "role", "MEMBER")),
            entry("updateBodyMember", () -> Map.of("role", "DEPUTY")),
            entry("createMeeting", () -> Map.of("title", "Заседание совета", "kind", "COUNCIL", "startsAt",
                    "2031-05-20T08:00:00Z", "place", "г. Смоленск")),
            entry("updateMeeting", () -> Map.of("place", "г. Смоленск, малый зал")),
            entry("createAgendaItem", () -> Map.of("title", "Разное", "plannedMinutes", 10)),
            entry("updateAgendaItem", () -> Map.of("plannedMinutes", 15)),
            // a fresh agenda item is at version 0
            entry("writeMinutes", () -> Map.of("heard", "Доклад о ходе работ", "spoke", "Вопросы", "version", 0)),
            entry("inviteParticipants", () -> Map.of("personId", Meetings.MEMBER2_PERSON)),
            entry("markAttendance", () -> Map.of("attendance", "PRESENT")),
            entry("checkIn", () -> Map.of("token", Meetings.lastCode())),
            entry("createDecision", () -> Map.of("text", "Информацию принять к сведению")),
            entry("commitRoadmapImport", () -> Map.of("title", Fixtures.unique("Импортированная карта"))));

    /** Multipart uploads: the valid document of the part "file", its name and type. */
    public record Upload(String name, String type, Supplier<byte[]> file) {
    }

    public static final Map<String, Upload> UPLOADS = Map.of(
            "createRoadmapImport", new Upload("roadmap-2017.txt", "text/plain", Documents::seed),
            "uploadAttachment", new Upload("Соглашение.pdf", "application/pdf", () -> Documents.pdf("соглашение")));

    /**
     * Operations whose body is a file, not JSON: a valid file for the target the path names (a report's template
     * filled with complete values, as its organisation downloads and fills it).
     */
    public static final Map<String, Function<String, byte[]>> FILES = Map.of(
            "importQuarterlyReport", id -> Spreadsheets.filled(Demo.MEMBER.token(), id, Reports.validValues()));

    /** Where each operation with a body succeeds for its writer: the base of the bad-input sweep. */
    public static final Map<String, String> WRITE_TARGETS = Map.ofEntries(
            entry("createOrganisation", "–"), entry("updateOrganisation", "unused-organisation"),
            entry("createRoadmap", "–"), entry("updateRoadmap", "draft-roadmap"),
            entry("copyRoadmap", "approved-roadmap"), entry("createRoadmapItem", "draft-roadmap"),
            entry("updateRoadmapItem", "draft-item"), entry("createProgressUpdate", "approved-item"),
            entry("createQuarterlyReport", "–"), entry("updateQuarterlyReport", "member-draft-report"),
            entry("returnQuarterlyReport", "member-submitted-report"),
            entry("importQuarterlyReport", "member-draft-report"),
            entry("createPerson", "–"), entry("updatePerson", "member-person"),
            entry("grantRoles", "member-invited-person"), entry("configureSignIn", "member-organisation"),
            entry("createServiceAccount", "–"),
            entry("createBody", "–"), entry("updateBody", "body"), entry("addBodyMember", "body"),
            entry("updateBodyMember", "body-member"), entry("createMeeting", "–"),
            entry("updateMeeting", "draft-meeting"), entry("createAgendaItem", "draft-meeting"),
            entry("updateAgendaItem", "draft-agenda-item"), entry("writeMinutes", "running-agenda-item"),
            entry("inviteParticipants", "draft-meeting"), entry("markAttendance", "open-participant"),
            entry("checkIn", "open-meeting"), entry("createDecision", "running-meeting"),
            entry("createRoadmapImport", "–"), entry("commitRoadmapImport", "roadmap-import"),
            entry("uploadAttachment", "approved-item"));

    /** Who makes a write in the bad-input sweep: the association, unless only someone else may make it at all. */
    public static final Map<String, Demo> WRITERS = Map.of(
            "createQuarterlyReport", Demo.MEMBER, "updateQuarterlyReport", Demo.MEMBER,
            "importQuarterlyReport", Demo.MEMBER);

    public static Demo writerOf(Contract.Op op) {
        return WRITERS.getOrDefault(op.id(), Demo.ASSOCIATION);
    }

    /** A target for any operation: its write target, else one that the association may read. */
    public static String targetFor(Contract.Op op) {
        String write = WRITE_TARGETS.get(op.id());
        if (write != null) {
            return TARGETS.get(write).get();
        }
        if (!op.path().contains("{")) {
            return "";
        }
        if (op.path().startsWith("/api/v1/organisations/")) {
            return TARGETS.get("member-organisation").get();
        }
        if (op.path().startsWith("/api/v1/roadmaps/")) {
            return TARGETS.get("approved-roadmap").get();
        }
        if (op.path().startsWith("/api/v1/report-forms/")) {
            return TARGETS.get("form-1").get();
        }
        if (op.path().startsWith("/api/v1/quarterly-reports/")) {
            return TARGETS.get("member-draft-report").get();
        }
        if (op.path().startsWith("/api/v1/people/")) {
            return TARGETS.get("member-person").get();
        }
        if (op.path().startsWith("/api/v1/service-accounts/")) {
            return TARGETS.get("service-account").get();
        }
        if (op.path().startsWith("/api/v1/meetings/")) {
            return TARGETS.get("open-meeting").get();
        }
        if (op.path().startsWith("/api/v1/bodies/")) {
            return TARGETS.get(op.path().contains("{memberId}") ? "body-member" : "body").get();
        }
        if (op.path().startsWith("/api/v1/calendar-feeds/")) {
            return TARGETS.get("feed-token").get();
        }
        if (op.path().startsWith("/api/v1/attachments/")) {
            return TARGETS.get("member-attachment").get();
        }
        if (op.path().startsWith("/api/v1/roadmap-imports/")) {
            return TARGETS.get("roadmap-import").get();
        }
        if (op.path().startsWith("/api/v1/notifications/")) {
            return TARGETS.get("member-notification").get();
        }
        return TARGETS.get("approved-item").get();
    }

    /**
     * The path with its parameters ({id}, {version}) replaced by the target; a target of several parts ("meeting|item")
     * fills them in order.
     */
    public static String path(Contract.Op op, String target) {
        String[] parts = target.split("\\|", -1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(op.path());
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(parts[Math.min(i++, parts.length - 1)]));
        }
        m.appendTail(out);
        return out.toString();
    }
}
