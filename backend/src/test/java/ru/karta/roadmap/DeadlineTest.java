package ru.karta.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Deadlines keep the precision people wrote them with; the due date is the last day of the period. */
class DeadlineTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}, due {3}")
    @CsvSource(delimiter = '|', value = {
            "июнь 2017        | MONTH     | 2017-06    | 2017-06-30",
            "Июня 2017 г.     | MONTH     | 2017-06    | 2017-06-30",
            "май 2017         | MONTH     | 2017-05    | 2017-05-31",
            "февраль 2016     | MONTH     | 2016-02    | 2016-02-29",
            "06.2017          | MONTH     | 2017-06    | 2017-06-30",
            "2017             | YEAR      | 2017       | 2017-12-31",
            "2017 год         | YEAR      | 2017       | 2017-12-31",
            "II квартал 2017  | QUARTER   | 2017-Q2    | 2017-06-30",
            "IV кв. 2017      | QUARTER   | 2017-Q4    | 2017-12-31",
            "1 квартал 2018   | QUARTER   | 2018-Q1    | 2018-03-31",
            "30.06.2017       | DAY       | 2017-06-30 | 2017-06-30",
            "2017-09-01       | DAY       | 2017-09-01 | 2017-09-01",
            "31 мая 2017 года | DAY       | 2017-05-31 | 2017-05-31",
            "ежеквартально    | RECURRING | 2017       | 2017-12-31",
            "раз в квартал    | RECURRING | 2017       | 2017-12-31",
            "ежемесячно 2019  | RECURRING | 2019       | 2019-12-31",
            "II квартал 2017 г.                    | QUARTER   | 2017-Q2    | 2017-06-30",
            "до 1 декабря 2017 г.                  | DAY       | 2017-12-01 | 2017-12-01",
            "не позднее 15.03.2017                 | DAY       | 2017-03-15 | 2017-03-15",
            "до конца 2017 года                    | YEAR      | 2017       | 2017-12-31",
            "не реже одного раза в квартал         | RECURRING | 2017       | 2017-12-31",
            "в течение года                        | YEAR      | 2017       | 2017-12-31",
            "В течение 2018 года                   | YEAR      | 2018       | 2018-12-31",
            "декабрь 2017 г. – январь 2018 г.      | MONTH     | 2018-01    | 2018-01-31",
            "декабрь 2017 - январь 2018            | MONTH     | 2018-01    | 2018-01-31",
            "июнь-июль 2017                        | MONTH     | 2017-07    | 2017-07-31",
            "I–II квартал 2017 г.                  | QUARTER   | 2017-Q2    | 2017-06-30",
            "2017–2018 гг.                         | YEAR      | 2018       | 2018-12-31" })
    void shouldReadDeadlinesAsWritten(String text, DeadlinePrecision precision, String period, LocalDate due) {
        Deadline deadline = Deadline.parse(text, 2017);
        assertEquals(precision, deadline.precision());
        assertEquals(period, deadline.period());
        assertEquals(due, deadline.dueDate());
        assertEquals(text.strip(), deadline.text(), "the text stays as written");
    }

    @Test
    void shouldKnowTheRecurrenceOfRecurringDuties() {
        assertEquals(Recurrence.QUARTERLY, Deadline.parse("ежеквартально", 2017).recurrence());
        assertEquals(Recurrence.MONTHLY, Deadline.parse("раз в месяц", 2017).recurrence());
        assertEquals(Recurrence.YEARLY, Deadline.parse("ежегодно", 2017).recurrence());
        assertNull(Deadline.parse("2017", 2017).recurrence());
    }

    @Test
    void shouldKeepOngoingDutiesWithoutADueDateAndNeverOverdue() {
        for (String text : new String[] { "постоянно", "Постоянно.", "на постоянной основе" }) {
            Deadline ongoing = Deadline.parse(text, 2017);
            assertEquals(DeadlinePrecision.ONGOING, ongoing.precision(), text);
            assertEquals("2017", ongoing.period());
            assertNull(ongoing.dueDate(), "no due date for " + text);
            assertEquals(text, ongoing.text());
            assertFalse(ongoing.isOverdue(ItemStatus.NOT_STARTED, LocalDate.of(2030, 1, 1)));
        }
        assertEquals("постоянно", Deadline.of(DeadlinePrecision.ONGOING, "2018", null, null).text());
        assertEquals("2019", Deadline.parse("постоянно", 2018).plusYears(1).period());
    }

    @Test
    void shouldNeverFakeAYearAsItsFirstDay() {
        assertEquals(LocalDate.of(2017, 12, 31), Deadline.parse("2017", 2000).dueDate());
    }

    @ParameterizedTest
    @CsvSource({ "когда-нибудь", "31.02.2017", "13.2017", "V квартал 2017", "'   '", "по мере необходимости",
            "до 31.02.2017", "декабрь 2017 – когда-нибудь" })
    void shouldRefuseWhatIsNotADeadline(String text) {
        Deadline.Invalid invalid = assertThrows(Deadline.Invalid.class, () -> Deadline.parse(text, 2017));
        assertEquals("deadline.text", invalid.field());
    }

    @Test
    void shouldCheckThatThePeriodFitsThePrecision() {
        assertEquals("deadline.period",
                assertThrows(Deadline.Invalid.class, () -> Deadline.of(DeadlinePrecision.QUARTER, "2017-Q5", null, null))
                        .field());
        assertEquals("deadline.period",
                assertThrows(Deadline.Invalid.class, () -> Deadline.of(DeadlinePrecision.MONTH, "2017", null, null))
                        .field());
        assertEquals("deadline.recurrence",
                assertThrows(Deadline.Invalid.class, () -> Deadline.of(DeadlinePrecision.RECURRING, "2017", null, null))
                        .field());
        assertEquals("deadline.recurrence", assertThrows(Deadline.Invalid.class,
                () -> Deadline.of(DeadlinePrecision.YEAR, "2017", Recurrence.QUARTERLY, null)).field());
    }

    @Test
    void shouldWriteADefaultTextWhenOnlyThePeriodIsGiven() {
        assertEquals("II квартал 2017", Deadline.of(DeadlinePrecision.QUARTER, "2017-Q2", null, null).text());
        assertEquals("июнь 2017", Deadline.of(DeadlinePrecision.MONTH, "2017-06", null, null).text());
        assertEquals("ежеквартально, 2017",
                Deadline.of(DeadlinePrecision.RECURRING, "2017", Recurrence.QUARTERLY, null).text());
    }

    @Test
    void shouldMoveOnByWholeYearsKeepingTheWording() {
        Deadline june = Deadline.parse("июнь 2017", 2017).plusYears(1);
        assertEquals("июнь 2018", june.text());
        assertEquals("2018-06", june.period());
        assertEquals(LocalDate.of(2018, 6, 30), june.dueDate());
        Deadline leapDay = Deadline.parse("29.02.2016", 2016).plusYears(1);
        assertEquals(LocalDate.of(2017, 2, 28), leapDay.dueDate());
        Deadline recurring = Deadline.of(DeadlinePrecision.RECURRING, "2017", Recurrence.QUARTERLY, "2017").plusYears(1);
        assertEquals("2018", recurring.text());
        assertEquals(Recurrence.QUARTERLY, recurring.recurrence());
        assertEquals("2018-Q3", Deadline.parse("III квартал 2017", 2017).plusYears(1).period());
    }

    @Test
    void shouldBeOverdueOnlyAfterTheDueDateAndWhileOpen() {
        Deadline june = Deadline.parse("июнь 2017", 2017);
        assertFalse(june.isOverdue(ItemStatus.IN_PROGRESS, LocalDate.of(2017, 6, 30)), "due today is not overdue");
        assertTrue(june.isOverdue(ItemStatus.IN_PROGRESS, LocalDate.of(2017, 7, 1)));
        assertTrue(june.isOverdue(ItemStatus.NOT_STARTED, LocalDate.of(2017, 7, 1)));
        assertFalse(june.isOverdue(ItemStatus.DONE, LocalDate.of(2017, 7, 1)));
        assertFalse(june.isOverdue(ItemStatus.CANCELLED, LocalDate.of(2017, 7, 1)));
    }

    @Test
    void shouldSortItemNumbersNaturally() {
        List<String> numbers = new ArrayList<>(List.of("10", "3.2", "1", "3", "3.10", "2"));
        numbers.sort((a, b) -> RoadmapItem.sortKey(a).compareTo(RoadmapItem.sortKey(b)));
        assertEquals(List.of("1", "2", "3", "3.2", "3.10", "10"), numbers);
    }
}
