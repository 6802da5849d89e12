package ru.karta.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.karta.common.ApiException;
import ru.karta.common.ClusterClock;

/** The versions of the report form, read by everyone (the summary of stage two names its indicators too). */
@ApplicationScoped
public class ReportFormService {

    private final ReportForms forms;
    private final ClusterClock clock;

    @Inject
    public ReportFormService(ReportForms forms, ClusterClock clock) {
        this.forms = forms;
        this.clock = clock;
    }

    /** The version in force for the current quarter in the cluster's time zone. */
    @Transactional
    public FormDefinition current() {
        return forms.inForce(Quarter.of(clock.today())).orElseThrow(() -> ApiException.notFound("report-form"));
    }

    @Transactional
    public FormDefinition version(String version) {
        int number;
        try {
            number = version == null || version.length() > 9 ? -1 : Integer.parseInt(version);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number <= 0) {
            throw ApiException.notFound("report-form");
        }
        return forms.version(number).orElseThrow(() -> ApiException.notFound("report-form"));
    }

    /** Forms never change: the version is the ETag. */
    public static String etag(FormDefinition form) {
        return "\"form-" + form.version() + "\"";
    }
}
