package ru.karta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The CSV fields for Russian Excel: decimal comma, quotes where needed, no text a spreadsheet would run. */
class ReportExportCsvTest {

    @Test
    void shouldWriteNumbersWithADecimalCommaAndNoGrouping() {
        assertEquals("15234,5", ReportExport.decimal(new BigDecimal("15234.50")));
        assertEquals("-12,3", ReportExport.decimal(new BigDecimal("-12.3")));
        assertEquals("1200", ReportExport.decimal(new BigDecimal("1.2E+3")));
        assertEquals("", ReportExport.decimal(null), "blank is blank, never 0");
    }

    @Test
    void shouldQuoteOnlyWhatNeedsQuotes() {
        assertEquals("ООО «Ромашка»", ru.karta.common.Csv.quoted("ООО «Ромашка»"));
        assertEquals("\"a;b\"", ru.karta.common.Csv.quoted("a;b"));
        assertEquals("\"say \"\"hi\"\"\"", ru.karta.common.Csv.quoted("say \"hi\""));
        assertEquals("\"two\nlines\"", ru.karta.common.Csv.quoted("two\nlines"));
    }

    @Test
    void shouldKeepASpreadsheetFromRunningTextAsAFormula() {
        for (String formula : new String[] { "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx" }) {
            assertEquals("'" + formula, ru.karta.common.Csv.safe(formula));
        }
        assertEquals("Рост выручки", ru.karta.common.Csv.safe("Рост выручки"));
        assertEquals("", ru.karta.common.Csv.safe(""));
    }
}
