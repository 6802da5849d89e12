package ru.karta.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.karta.organisation.OrganisationKind;

/** How a roadmap's cells are read: organisations in a cell, officials, collectives, names written two ways. */
class DocumentReadingTest {

    static final UUID PARTNERSHIP = UUID.randomUUID();
    static final UUID DEPARTMENT = UUID.randomUUID();
    static final UUID EDUCATION = UUID.randomUUID();

    static OrganisationMatcher matcher() {
        OrganisationMatcher matcher = new OrganisationMatcher();
        matcher.add(new OrganisationMatcher.Known(PARTNERSHIP, "НП «Композит»", OrganisationKind.OTHER),
                "Некоммерческое партнёрство «Композит»", List.of("НП «Композит»"));
        matcher.add(new OrganisationMatcher.Known(DEPARTMENT, "Департамент инвестиционного развития",
                OrganisationKind.REGIONAL_AUTHORITY), "Департамент инвестиционного развития Смоленской области",
                List.of());
        matcher.add(new OrganisationMatcher.Known(EDUCATION, "Департамент по образованию",
                OrganisationKind.REGIONAL_AUTHORITY), "Департамент Смоленской области по образованию, науке и делам молодежи",
                List.of());
        return matcher;
    }

    @Test
    void shouldMatchOneOrganisationHoweverItsNameIsWritten() {
        OrganisationMatcher m = matcher();
        for (String written : List.of("НП «Композит»", "Некоммерческое партнерство \"Композит\"",
                "некоммерческое партнёрство «КОМПОЗИТ»", "НП Композит")) {
            assertEquals(PARTNERSHIP, m.find(written).organisation().id(), written);
        }
        assertEquals(DEPARTMENT, m.find("Департамент инвестиционного развития Смоленской обл.").organisation().id());
        assertEquals(OrganisationMatcher.How.BEGINNING, m.find("Департамент инвестиционного развития").how());
        assertNull(m.find("Департамент"), "one word is too little");
        assertNull(m.find("ООО «Неизвестное»"));
    }

    @Test
    void shouldReadSeveralOrganisationsOfACellWithTheirOfficials() {
        OrganisationMatcher m = matcher();
        List<Parties.Written> read = Parties.read("Департамент инвестиционного развития Смоленской области, "
                + "АНО «ЦКР Смоленской области» (Иванов И.И.)", text -> m.find(text) != null);
        assertEquals(List.of("Департамент инвестиционного развития Смоленской области", "АНО «ЦКР Смоленской области»"),
                read.stream().map(Parties.Written::name).toList());
        assertNull(read.get(0).official());
        assertEquals("Иванов И.И.", read.get(1).official());

        List<Parties.Written> official = Parties.read("Департамент инвестиционного развития\n\n (Стрельцов А.В.)",
                text -> m.find(text) != null);
        assertEquals(1, official.size());
        assertEquals("Стрельцов А.В.", official.get(0).official());

        List<Parties.Written> comma = Parties.read("Департамент Смоленской области по образованию, науке и делам молодежи",
                text -> m.find(text) != null);
        assertEquals(1, comma.size(), "a comma inside a name does not cut it");

        List<Parties.Written> broken = Parties.read("Департамент инвестиционного развития\nСмоленской области",
                text -> m.find(text) != null);
        assertEquals(List.of("Департамент инвестиционного развития Смоленской области"),
                broken.stream().map(Parties.Written::name).toList(), "a name broken over two lines");
    }

    @Test
    void shouldKnowTheClusterMembersAsAWholeAndNotAnOrganisation() {
        assertTrue(Parties.collective("участники кластера"));
        assertTrue(Parties.collective("Предприятия — участники кластера"));
        assertTrue(Parties.collective("члены Смоленского композитного кластера"));
        assertFalse(Parties.collective("Ассоциация «Смоленский композитный кластер»"));
    }

    @Test
    void shouldReadTheHeaderInAnyOrderAndTheTextExportOfAWordTable() {
        SourceTable table = TextTables.read("Карта\n\tСроки\n\t№ п/п\n\tМероприятие\n\tОтветственный\n\tиюнь 2019\n\t1.\n"
                + "\tПервое\n\tНП «Композит»\n\t2019\n\t2.\n\tВторое\nв две строки\n\tНП «Композит»\n7\n");
        assertEquals(List.of("Карта"), table.preamble());
        SourceTable.Header header = table.header();
        assertEquals(Integer.valueOf(0), header.columns().get(SourceTable.Column.DEADLINE));
        assertEquals(Integer.valueOf(1), header.columns().get(SourceTable.Column.NUMBER), "№ comes after Сроки here");
        RoadmapReading.Result result = RoadmapReading.read(table, matcher(), 2000);
        assertEquals(2019, result.year(), "the year the deadlines name when the title names none");
        assertEquals(2, result.items().size());
        assertEquals("Второе\nв две строки", result.items().get(1).activity());
        assertEquals(PARTNERSHIP, result.items().get(0).responsible().get(0).organisationId());
        assertEquals(List.of(), result.proposed());
    }

    @Test
    void shouldNeverTakeMoreThanTheRoadmapKeeps() {
        String longRange = "x".repeat(250) + " – январь 2020";
        String longOfficial = "Иванов И.И. " + "и".repeat(400);
        SourceTable table = TextTables.read("\t№\n\tМероприятие\n\tСроки\n\tОтветственный\n"
                + "\t1.2.3.4.5.6.7.8.9.10.11\n\tПервое\n\t" + longRange + "\n\tНП «Композит»\n"
                + "\t1234567.\n\tВторое\n\t2019\n\tНП «Композит» (" + longOfficial + ")\n");
        RoadmapReading.Result result = RoadmapReading.read(table, matcher(), 2019);
        assertEquals(2, result.items().size());
        assertTrue(result.items().stream().allMatch(i -> i.number().length() <= RoadmapReading.MAX_NUMBER),
                result.items().toString());
        assertEquals(List.of("number-assigned", "deadline-unreadable", "number-assigned"),
                result.warnings().stream().map(w -> w.code().substring(w.code().lastIndexOf('.') + 1)).toList());
        assertNull(result.items().get(0).deadline(), "a deadline text longer than the roadmap keeps is not understood");
        assertNull(result.items().get(1).responsible().get(0).official(), "no official longer than the roadmap keeps");
    }
}
