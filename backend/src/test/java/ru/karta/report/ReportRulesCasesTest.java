package ru.karta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import ru.karta.report.ReportRules.Issue;

/**
 * The shared cases of testdata/report-rules/cases.json through the server's evaluator. The browser runs the same
 * file through its own evaluator, so the two are held to the same answers.
 */
class ReportRulesCasesTest {

    static final Path DIR = Path.of("..", "testdata", "report-rules");
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static FormDefinition form() throws IOException {
        return JSON.readValue(DIR.resolve("form-v1.json").toFile(), FormDefinition.class);
    }

    /** An issue as the cases write it: code, severity and indicators. */
    record Expected(String code, String severity, List<String> indicators) {
    }

    @TestFactory
    Stream<DynamicTest> everySharedCaseFindsExactlyItsIssues() throws IOException {
        JsonNode doc = JSON.readTree(DIR.resolve("cases.json").toFile());
        FormDefinition form = JSON.readValue(DIR.resolve(doc.get("form").asText()).toFile(), FormDefinition.class);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : doc.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                Map<String, BigDecimal> values = values(c.get("values"));
                Map<String, BigDecimal> previous = c.has("previousValues") ? values(c.get("previousValues")) : null;
                String comment = c.hasNonNull("comment") ? c.get("comment").asText() : null;
                List<Issue> issues = ReportRules.evaluate(form, values, previous, comment);
                List<Expected> found = issues.stream()
                        .map(i -> new Expected(i.code(), i.severity().name(), i.indicators())).toList();
                List<Expected> expected = new ArrayList<>();
                for (JsonNode e : c.get("expected")) {
                    List<String> indicators = new ArrayList<>();
                    e.get("indicators").forEach(n -> indicators.add(n.asText()));
                    expected.add(new Expected(e.get("code").asText(), e.get("severity").asText(), indicators));
                }
                assertEquals(sorted(expected), sorted(found), "issues");
                if (c.has("computed")) {
                    Map<String, BigDecimal> computed = ReportRules.compute(form, values);
                    Map<String, BigDecimal> want = values(c.get("computed"));
                    c.get("computed").fieldNames().forEachRemaining(code -> {
                        BigDecimal w = want.get(code);
                        BigDecimal got = computed.get(code);
                        assertTrue(w == null ? got == null : got != null && w.compareTo(got) == 0,
                                code + ": expected " + w + ", computed " + got);
                    });
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void theDefaultFormHasTheIndicatorSetOfTheDesign() throws IOException {
        FormDefinition form = form();
        assertEquals(List.of("R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10", "R11", "P01",
                "P02", "P03", "P04", "P05", "P06", "I01", "I02", "I03", "D01", "D02", "D03", "D04", "T01", "T02", "F01",
                "N01"), form.indicators().stream().map(FormDefinition.Indicator::code).toList());
        assertEquals(List.of("R08", "R09", "P04", "P06"),
                form.computedIndicators().stream().map(FormDefinition.Indicator::code).toList());
        for (FormDefinition.Rule rule : form.rules()) {
            for (String code : referenced(rule)) {
                assertTrue(form.indicator(code).isPresent(), rule + " names " + code);
                assertFalse(form.indicator(code).get().computed(), rule + " is about computed " + code);
            }
        }
        assertEquals(0, new BigDecimal("20").compareTo(form.indicator("R09").get().benchmark().minimum()));
    }

    @Test
    void aFormulaWithABlankOrZeroDenominatorIsNull() throws IOException {
        FormDefinition form = form();
        Map<String, BigDecimal> values = new HashMap<>(Map.of("R01", new BigDecimal("1000"), "R03",
                new BigDecimal("10"), "P02", BigDecimal.ZERO, "P03", new BigDecimal("2400")));
        Map<String, BigDecimal> computed = ReportRules.compute(form, values);
        assertEquals(null, computed.get("R08"), "R02 blank");
        assertEquals(null, computed.get("P04"), "P02 zero");
        assertEquals(null, computed.get("P06"), "P02 zero");
        assertTrue(computed.containsKey("R09"));
    }

    private static List<String> referenced(FormDefinition.Rule rule) {
        List<String> codes = new ArrayList<>(rule.indicators() == null ? List.of() : rule.indicators());
        for (String code : new String[] { rule.part(), rule.whole(), rule.a(), rule.b(), rule.indicator() }) {
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static List<Expected> sorted(List<Expected> issues) {
        return issues.stream().sorted((a, b) -> (a.code() + a.indicators()).compareTo(b.code() + b.indicators()))
                .toList();
    }

    static Map<String, BigDecimal> values(JsonNode node) {
        Map<String, BigDecimal> values = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().decimalValue());
            }
        }
        return values;
    }
}
