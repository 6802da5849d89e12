package ru.karta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.karta.common.ApiException;

class QuarterTest {

    @Test
    void shouldReadAndWriteQuartersAsTheApiDoes() {
        Quarter q = Quarter.parse("period", "2017-Q2");
        assertEquals(new Quarter(2017, 2), q);
        assertEquals("2017-Q2", q.toString());
        assertEquals(LocalDate.of(2017, 4, 1), q.firstDay());
        assertEquals(LocalDate.of(2017, 6, 30), q.lastDay());
        assertEquals(LocalDate.of(2017, 12, 31), new Quarter(2017, 4).lastDay());
        assertEquals(new Quarter(2016, 4), new Quarter(2017, 1).previous());
        assertEquals(new Quarter(2018, 1), new Quarter(2017, 4).next());
        assertEquals(new Quarter(2017, 3), Quarter.of(LocalDate.of(2017, 9, 30)));
    }

    @Test
    void shouldRefuseWhatIsNotAQuarterNamingTheField() {
        for (String bad : new String[] { "2017-Q5", "2017Q2", "2017-q2", "17-Q2", "2017-Q2x", "", "II квартал 2017",
                "1989-Q4", "2201-Q1" }) {
            ApiException e = assertThrows(ApiException.class, () -> Quarter.parse("period", bad), bad);
            assertEquals(400, e.status());
            assertEquals("period", e.errors().get(0).field());
        }
    }
}
