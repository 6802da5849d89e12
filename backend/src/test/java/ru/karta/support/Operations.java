package ru.karta.support;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Targets and valid bodies for calling any operation of the contract, shared by the sweeps. */
public final class Operations {

    private Operations() {
    }

    /** What a path's {id} names, made fresh for every call. */
    public static final Map<String, Supplier<String>> TARGETS = Map.of(
            "–", () -> "",
            "member-organisation", () -> Fixtures.MEMBER_ORG,
            "unused-organisation", () -> Fixtures.organisation("OTHER"),
            "approved-roadmap", () -> Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("roadmap"),
            "draft-roadmap", () -> {
                String roadmap = Fixtures.draftRoadmap();
                Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.DEPARTMENT_ORG), List.of());
                return roadmap;
            },
            "approved-item", () -> {
                String roadmap = Fixtures.draftRoadmap();
                String item = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.DEPARTMENT_ORG),
                        List.of(Fixtures.MEMBER_ORG));
                Fixtures.approve(roadmap);
                return item;
            },
            "association-item", () -> Fixtures.approvedRoadmapWithItem(Fixtures.ASSOCIATION_ORG).get("item"),
            "draft-item", () -> Fixtures.item(Fixtures.draftRoadmap(), "1", "2030", List.of(Fixtures.DEPARTMENT_ORG),
                    List.of()));

    /** A valid body for every operation that takes one. */
    public static final Map<String, Supplier<Object>> BODIES = Map.of(
            "createOrganisation", () -> Map.of("kind", "OTHER", "fullName", Fixtures.unique("ООО «Проверка доступа»")),
            "updateOrganisation", () -> Map.of("contacts", Map.of("address", "г. Смоленск")),
            "createRoadmap", () -> Map.of("title", "Карта", "periodStart", "2032-01-01", "periodEnd", "2032-12-31"),
            "updateRoadmap", () -> Map.of("description", "Уточнено"),
            "copyRoadmap", () -> Map.of(),
            "createRoadmapItem", () -> Map.of("number", "99", "activity", "Новое мероприятие", "deadline",
                    Map.of("text", "2030"), "responsible", List.of(Map.of("organisationId", Fixtures.ASSOCIATION_ORG))),
            "updateRoadmapItem", () -> Map.of("note", "Уточнено"),
            "createProgressUpdate", () -> Map.of("text", "Ход работ"));


    /** Where each operation with a body succeeds for the association: the base of the bad-input sweep. */
    public static final Map<String, String> WRITE_TARGETS = Map.of(
            "createOrganisation", "–", "updateOrganisation", "unused-organisation", "createRoadmap", "–",
            "updateRoadmap", "draft-roadmap", "copyRoadmap", "approved-roadmap", "createRoadmapItem", "draft-roadmap",
            "updateRoadmapItem", "draft-item", "createProgressUpdate", "approved-item");

    /** A target for any operation: its write target, else one that every caller may read. */
    public static String targetFor(Contract.Op op) {
        String write = WRITE_TARGETS.get(op.id());
        if (write != null) {
            return TARGETS.get(write).get();
        }
        if (!op.path().contains("{id}")) {
            return "";
        }
        if (op.path().startsWith("/api/v1/organisations/")) {
            return TARGETS.get("member-organisation").get();
        }
        if (op.path().startsWith("/api/v1/roadmaps/")) {
            return TARGETS.get("approved-roadmap").get();
        }
        return TARGETS.get("approved-item").get();
    }
}
