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
        assertEquals("ООО «Ромашка»", ReportExport.quoted("ООО «Ромашка»"));
        assertEquals("\"a;b\"", ReportExport.quoted("a;b"));
        assertEquals("\"say \"\"hi\"\"\"", ReportExport.quoted("say \"hi\""));
        assertEquals("\"two\nlines\"", ReportExport.quoted("two\nlines"));
    }

    @Test
    void shouldKeepASpreadsheetFromRunningTextAsAFormula() {
        for (String formula : new String[] { "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx" }) {
            assertEquals("'" + formula, ReportExport.safe(formula));
        }
        assertEquals("Рост выручки", ReportExport.safe("Рост выручки"));
        assertEquals("", ReportExport.safe(""));
    }
}
