package ru.karta.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo data (the 2017 roadmap of the Smolensk composite cluster, its organisations, the demo accounts and
 * invented 2017 quarterly reports of six demo member enterprises)
 * when {@code karta.demo-data} is on: for make run, dev mode and tests, never in production. The script is
 * idempotent, so every start may run it.
 */
@ApplicationScoped
public class DemoData {

    static final String SCRIPT = "db/demo/demo-data.sql";

    private final EntityManager em;
    private final boolean enabled;

    @Inject
    public DemoData(EntityManager em, @ConfigProperty(name = "karta.demo-data") boolean enabled) {
        this.em = em;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        String sql;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SCRIPT);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String script = sql;
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(script);
            }
        });
        Log.info("Demo data present: the 2017 Smolensk composite cluster roadmap, the demo accounts and the invented"
                + " 2017 quarterly reports of six demo member enterprises");
    }
}
