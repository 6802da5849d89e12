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
            entry("service-account", Fixtures::serviceAccount));

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
            entry("createServiceAccount", () -> Map.of("name", Fixtures.unique("Сценарий"))));

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
            entry("createServiceAccount", "–"));

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
        if (op.path().startsWith("/api/v1/notifications/")) {
            return TARGETS.get("member-notification").get();
        }
        return TARGETS.get("approved-item").get();
    }

    /** The path with its parameter ({id}, {version}) replaced by the target. */
    public static String path(Contract.Op op, String target) {
        return op.path().replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(target));
    }
}
