package ru.karta.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ru.karta.organisation.Organisation;
import ru.karta.support.Fixtures;

/**
 * {@link ReadOnly}: a read loads without keeping anything to flush, a read that tries to write fails and writes
 * nothing, and a write that reads through a {@link ReadOnly} method on its way is written as before.
 */
@QuarkusTest
class ReadOnlyTest {

    static final UUID ORGANISATION = UUID.fromString(Fixtures.MEMBER_ORG);

    /** Methods shaped like the services' reads and writes, over one organisation's phone field. */
    @ApplicationScoped
    static class Phones {

        @Inject
        EntityManager em;

        @Inject
        Phones self;

        @ReadOnly
        @Transactional
        public String readAndChange(String phone) {
            Organisation organisation = em.find(Organisation.class, ORGANISATION);
            String before = organisation.phone;
            organisation.phone = phone;
            return before;
        }

        @ReadOnly
        @Transactional
        public void readAndPersist() {
            Organisation copy = new Organisation();
            copy.id = UUID.randomUUID();
            em.persist(copy);
        }

        @Transactional
        public void writeAfterARead(String phone) {
            self.readAndChange("ignored");
            em.find(Organisation.class, ORGANISATION).phone = phone;
        }

        @Transactional
        public void set(String phone) {
            em.find(Organisation.class, ORGANISATION).phone = phone;
        }

        @Transactional
        public String phone() {
            return em.find(Organisation.class, ORGANISATION).phone;
        }
    }

    @Inject
    Phones phones;

    @Inject
    EntityManager em;

    @Test
    void shouldNotWriteWhatARead_OnlyMethodChanged() {
        String original = phones.phone();
        try {
            phones.set("+7 (4812) 00-00-01");
            assertEquals("+7 (4812) 00-00-01", phones.readAndChange("+7 (4812) 99-99-99"));
            assertEquals("+7 (4812) 00-00-01", phones.phone(), "the change made in a read is not flushed");
        } finally {
            phones.set(original);
        }
    }

    @Test
    void shouldRefuseARead_OnlyMethodThatQueuesAnInsert() {
        long before = count();
        IllegalStateException e = assertThrows(IllegalStateException.class, phones::readAndPersist);
        assertTrue(e.getMessage().contains("readAndPersist"), e.getMessage());
        assertEquals(before, count(), "nothing inserted");
    }

    @Test
    void shouldWriteAsBeforeWhenAWriteReadsThroughARead_OnlyMethod() {
        String original = phones.phone();
        try {
            phones.writeAfterARead("+7 (4812) 00-00-02");
            assertEquals("+7 (4812) 00-00-02", phones.phone(), "the write's change is flushed");
        } finally {
            phones.set(original);
        }
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from organisation").getSingleResult()).longValue());
    }
}
