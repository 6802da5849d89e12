package ru.karta.roadmap;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.karta.support.Api.as;
import static ru.karta.support.Json.withoutNulls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/** The demo roadmap is the real 2017 roadmap, item for item, as the seed file writes it. */
@QuarkusTest
class SeedRoadmapTest {

    @Test
    void shouldHoldAllFourteenItemsExactlyAsWrittenInTheSeed() throws IOException {
        List<List<String>> rows = seedRows();
        assertEquals(14, rows.size());
        JsonPath page = as(Demo.DEPARTMENT).get("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/items?size=50")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(14, page.getInt("totalItems"));
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String prefix = "items[" + i + "].";
            assertEquals(row.get(0).replaceAll("\\.\\s*$", ""), page.getString(prefix + "number"));
            assertEquals(row.get(1), page.getString(prefix + "activity"), "activity of item " + row.get(0));
            assertEquals(row.get(2), page.getString(prefix + "deadline.text"));
            assertEquals(row.get(5), page.getString(prefix + "expectedResult"));
            assertEquals(row.get(6).isEmpty() ? null : row.get(6), page.getString(prefix + "note"));
            assertWrittenAs(row.get(3), page.getList(prefix + "responsible"), "responsible of item " + row.get(0));
            assertWrittenAs(row.get(4), page.getList(prefix + "assisting"), "assisting of item " + row.get(0));
        }
    }

    @Test
    void shouldKeepDeadlinePrecisionAndDeriveDueDates() {
        JsonPath page = as(Demo.MEMBER).get("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/items").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(Map.of("precision", "MONTH", "text", "июнь 2017", "period", "2017-06", "dueDate", "2017-06-30"),
                withoutNulls(page.getMap("items[0].deadline")));
        assertEquals(Map.of("precision", "YEAR", "text", "2017", "period", "2017", "dueDate", "2017-12-31"),
                withoutNulls(page.getMap("items[1].deadline")));
        for (int index : new int[] { 8, 12 }) {
            assertEquals(Map.of("precision", "RECURRING", "text", "2017", "period", "2017", "dueDate", "2017-12-31",
                    "recurrence", "QUARTERLY"), withoutNulls(page.getMap("items[" + index + "].deadline")));
        }
        assertEquals(14, page.getList("items.findAll { it.overdue == true }").size(),
                "nothing of 2017 is done, so everything is overdue");
    }

    @Test
    void shouldListTheInvestmentDepartmentOnceWithItsOfficial() {
        as(Demo.CKR).get("/api/v1/organisations?q=инвестиционного развития").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].fullName", equalTo("Департамент инвестиционного развития Смоленской области"));
        as(Demo.CKR).get("/api/v1/roadmap-items/60000000-0000-4000-8000-000000000006").then().statusCode(200)
                .body("responsible[0].organisationId", equalTo(Fixtures.DEPARTMENT_ORG))
                .body("responsible[0].official", equalTo("Стрельцов А.В."));
    }

    /** The seed is a Word table exported as text: a cell starts at a line beginning with a tab. */
    static List<List<String>> seedRows() throws IOException {
        String text;
        try (InputStream in = SeedRoadmapTest.class
                .getResourceAsStream("/seeds/roadmap-2017-smolensk-composite-cluster.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the last line of the export is the page number of the Word document, not a cell
        text = text.replaceFirst("\\n\\d+\\s*$", "\n");
        List<String> cells = new ArrayList<>();
        StringBuilder cell = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("\t")) {
                if (cell != null) {
                    cells.add(cell.toString().strip());
                }
                cell = new StringBuilder(line.substring(1));
            } else if (cell != null) {
                cell.append('\n').append(line);
            }
        }
        cells.add(cell.toString().strip());
        List<List<String>> rows = new ArrayList<>();
        for (int i = cells.indexOf("1."); i + 6 < cells.size(); i += 7) {
            rows.add(cells.subList(i, i + 7));
        }
        return rows;
    }

    /**
     * The organisations of a cell, in order, each under one of its names (full, short or an alias, as documents vary)
     * and followed by its official in brackets when the roadmap names one.
     */
    private static void assertWrittenAs(String cell, List<Map<String, Object>> parties, String what) {
        String rest = cell.replaceAll("\\s+", " ").strip();
        for (Map<String, Object> party : parties) {
            Map<String, Object> organisation = as(Demo.DEPARTMENT)
                    .get("/api/v1/organisations/" + party.get("organisationId")).then().statusCode(200).extract()
                    .jsonPath().getMap("");
            List<String> names = new ArrayList<>();
            names.add((String) organisation.get("fullName"));
            if (organisation.get("shortName") != null) {
                names.add((String) organisation.get("shortName"));
            }
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) organisation.get("aliases");
            names.addAll(aliases);
            names.sort((a, b) -> b.length() - a.length());
            String remaining = rest;
            String matched = names.stream().filter(remaining::startsWith).findFirst().orElseThrow(
                    () -> new AssertionError(what + ": \"" + remaining + "\" does not start with any of " + names));
            rest = rest.substring(matched.length()).strip();
            if (party.get("official") != null) {
                String official = "(" + party.get("official") + ")";
                if (!rest.startsWith(official)) {
                    throw new AssertionError(what + ": expected " + official + " at \"" + rest + "\"");
                }
                rest = rest.substring(official.length()).strip();
            }
        }
        assertEquals("", rest, what + ": organisations written in the seed but missing in the API");
    }

}
