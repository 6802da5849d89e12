package ru.karta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.karta.report.FigureDtos.Figures;
import ru.karta.report.FigureDtos.Total;
import ru.karta.report.ReportFigureRepository.FigureRow;

/** The summary's arithmetic alone, over form 1 (testdata/report-rules/form-v1.json): gaps, zeros and aggregations. */
class ConsolidationTest {

    private final List<FigureRow> rows = new ArrayList<>();

    private ConsolidationTest value(int quarter, String code, long reports, String sum) {
        rows.add(new FigureRow('V', quarter, code, reports, new BigDecimal(sum), null));
        return this;
    }

    private ConsolidationTest parts(int quarter, String code, long reports, String numerator, String denominator) {
        rows.add(new FigureRow('C', quarter, code, reports, new BigDecimal(numerator), new BigDecimal(denominator)));
        return this;
    }

    private Consolidation consolidation() throws IOException {
        rows.add(new FigureRow('E', 0, null, 7, null, null));
        for (int q = 1; q <= 4; q++) {
            rows.add(new FigureRow('R', q, null, 3, null, null));
        }
        return new Consolidation(ReportRulesCasesTest.form(), 2030, rows);
    }

    private static String show(Total total) {
        return (total.value() == null ? "null" : total.value().toPlainString()) + " " + total.reports() + " "
                + total.quarters();
    }

    @Test
    void shouldTakeTheLatestQuarterThatHasAStockAndAverageTheQuartersThatHaveAnAverage() throws IOException {
        Consolidation c = value(1, "P01", 3, "100").value(2, "P01", 2, "90").value(1, "P02", 3, "95")
                .value(3, "P02", 2, "100").value(1, "R01", 3, "10.5").value(3, "R01", 1, "0").consolidation();
        Figures ytd = c.figures(1, 4);
        assertEquals("90 2 1", show(ytd.values().get("P01")), "Q2 is the latest quarter with P01; Q3 has none");
        assertEquals("98 5 2", show(ytd.values().get("P02")), "(95 + 100) / 2 = 97.5, a count: rounded half up");
        assertEquals("10.5 4 2", show(ytd.values().get("R01")), "a zero is a value and counts; a blank does not");
        assertEquals("null 0 0", show(ytd.values().get("R02")));
        assertEquals(7, c.expected());
        assertEquals(12, ytd.reports());
    }

    @Test
    void shouldLeaveAComputedIndicatorBlankOverAZeroOrMissingDenominator() throws IOException {
        Consolidation c = parts(1, "R08", 2, "50", "0").parts(2, "R08", 1, "30", "60").consolidation();
        assertEquals("null 2 1", show(c.quarter(1).computed().get("R08")), "50 / 0 has no value, but 2 reports had it");
        assertEquals("50 1 1", show(c.quarter(2).computed().get("R08")));
        assertEquals("133.3 3 2", show(c.figures(1, 2).computed().get("R08")),
                "(50 + 30) / (0 + 60) over both quarters");
        assertEquals("null 0 0", show(c.quarter(3).computed().get("R09")));
        assertNull(c.benchmarks(c.quarter(3), c.figures(1, 3)).get(0).quarterMet());
    }

    @Test
    void shouldKeepAMonthlyWageMonthlyOverTheYearToDate() throws IOException {
        Consolidation c = parts(1, "P04", 2, "900", "20").parts(2, "P04", 2, "1200", "25").parts(3, "P04", 2, "900",
                "20").consolidation();
        assertEquals("15000", c.quarter(1).computed().get("P04").value().toPlainString(), "900 / 20 / 3, in roubles");
        assertEquals("16000", c.quarter(2).computed().get("P04").value().toPlainString());
        assertEquals("15385", c.figures(1, 3).computed().get("P04").value().toPlainString(),
                "3000 thousand over (20 + 25 + 20) people-quarters of 3 months: 15 385 roubles a month");
    }
}
