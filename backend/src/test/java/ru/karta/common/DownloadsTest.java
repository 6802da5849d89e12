package ru.karta.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Content-Disposition of downloads: a Russian name for browsers (RFC 5987), an ASCII one for the rest. */
class DownloadsTest {

    @Test
    void shouldGiveTheRussianNameInUtf8AndAPlainAsciiOne() {
        assertEquals("attachment; filename=\"karta-reports-2017-Q2.xlsx\"; filename*=UTF-8''"
                + "%D0%9E%D1%82%D1%87%D1%91%D1%82%D1%8B%20%D1%83%D1%87%D0%B0%D1%81%D1%82%D0%BD%D0%B8%D0%BA%D0%BE%D0%B2"
                + "%202017-Q2.xlsx", Downloads.attachment("Отчёты участников 2017-Q2.xlsx", "karta-reports-2017-Q2.xlsx"));
    }

    @Test
    void shouldMakeAnOrganisationsNameSafeForAFileSystem() {
        assertEquals("Отчёт 2017-Q2 ООО Композит-Демо.xlsx",
                Downloads.safeName("Отчёт 2017-Q2 ООО «Композит-Демо».xlsx"));
        assertEquals("a b c d.xlsx", Downloads.safeName("a/b\\c\"d\u0000.xlsx"));
        assertEquals("file", Downloads.safeName("«»/"));
        String longName = Downloads.safeName("Отчёт " + "Ж".repeat(300) + ".xlsx");
        assertEquals(120, longName.length());
        assertEquals(".xlsx", longName.substring(115));
        assertEquals("attachment; filename=\"x_y.csv\"; filename*=UTF-8''x%20y.csv", Downloads.attachment("x/y.csv",
                "x y.csv"));
    }
}
