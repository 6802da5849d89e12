package ru.karta.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The versions of the report form. A stored version never changes, so each is parsed once and kept; which version is
 * in force for a quarter is asked of the database (a new version may have arrived with a migration).
 */
@ApplicationScoped
public class ReportForms {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Map<Integer, FormDefinition> parsed = new ConcurrentHashMap<>();

    @Inject
    public ReportForms(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public Optional<FormDefinition> version(int version) {
        FormDefinition known = parsed.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        ReportForm form = em.find(ReportForm.class, version);
        if (form == null) {
            return Optional.empty();
        }
        try {
            FormDefinition definition = json.readValue(form.definition, FormDefinition.class);
            parsed.put(version, definition);
            return Optional.of(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report_form " + version + " is not a form definition", e);
        }
    }

    /** The version that applies to a quarter: the latest one applying from that quarter or earlier. */
    public Optional<FormDefinition> inForce(Quarter quarter) {
        List<Integer> versions = em.createQuery("select f.version from ReportForm f where f.appliesFrom <= :quarter"
                + " order by f.appliesFrom desc", Integer.class).setParameter("quarter", quarter.toString())
                .setMaxResults(1).getResultList();
        return versions.isEmpty() ? Optional.empty() : version(versions.get(0));
    }

    /** The version of a report, which exists: the database refers to it. */
    public FormDefinition of(QuarterlyReport report) {
        return version(report.formVersion).orElseThrow();
    }
}
