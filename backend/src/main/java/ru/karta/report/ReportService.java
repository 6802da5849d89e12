package ru.karta.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.audit.AuditLog;
import ru.karta.common.ApiException;
import ru.karta.common.ApiException.FieldProblem;
import ru.karta.common.Bodies;
import ru.karta.common.ClusterClock;
import ru.karta.common.MergePatch;
import ru.karta.common.Page;
import ru.karta.common.Sorts;
import ru.karta.common.Texts;
import ru.karta.common.Versions;
import ru.karta.common.ReadOnly;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.report.FormDefinition.Indicator;
import ru.karta.report.ReportDtos.ReportListPermissions;
import ru.karta.report.ReportDtos.CreateInput;
import ru.karta.report.ReportDtos.IssueView;
import ru.karta.report.ReportDtos.ReportList;
import ru.karta.report.ReportDtos.ReportPermissions;
import ru.karta.report.ReportDtos.ReportSummary;
import ru.karta.report.ReportDtos.ReportView;
import ru.karta.report.ReportDtos.ReturnInput;
import ru.karta.report.ReportDtos.UpdateInput;
import ru.karta.report.ReportRules.Issue;
import ru.karta.security.Actor;
import ru.karta.security.Role;

/**
 * Quarterly reports: created and filled by a member for its organisation (drafts save as the user types, with
 * errors), submitted when the form's rules find no error, accepted or returned by the association, locked by the
 * clock and reopened by the association. Every change is audited.
 */
@ApplicationScoped
public class ReportService {

    static final String AUDIT_TYPE = "QUARTERLY_REPORT";
    /** The largest value kept (in the indicator's unit), and the most decimal places a value may be sent with. */
    static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");
    static final int MAX_DECIMALS = 6;
    private static final Map<String, String> SORTS = Map.of("period", "(r.periodYear * 10 + r.periodQuarter)",
            "organisation", "lower(coalesce(o.shortName, o.fullName))", "status", "r.status",
            "updatedAt", "r.updatedAt", "submittedAt", "r.submittedAt", "createdAt", "r.createdAt");

    /** A view and the ETag it is answered with. */
    public record Viewed(ReportView view, String etag) {
    }

    private final QuarterlyReportRepository reports;
    private final OrganisationRepository organisations;
    private final ReportForms forms;
    private final ReportLocks locks;
    private final ReportPolicy policy;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;

    @Inject
    public ReportService(QuarterlyReportRepository reports, OrganisationRepository organisations, ReportForms forms,
            ReportLocks locks, ReportPolicy policy, AuditLog audit, ObjectMapper json, Validator validator,
            ClusterClock clock) {
        this.reports = reports;
        this.organisations = organisations;
        this.forms = forms;
        this.locks = locks;
        this.policy = policy;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @ReadOnly
    @Transactional
    public ReportList list(Actor actor, QuarterlyReportRepository.Filter filter, String sort, Page page) {
        policy.requireList(actor);
        Sorts.Sort order = Sorts.parse(sort, SORTS, "-period");
        UUID scope = policy.listScope(actor);
        if (scope != null) {
            if (filter.organisationId() != null && !filter.organisationId().equals(scope)) {
                return new ReportList(List.of(), page.page(), page.size(), 0, listPermissions(actor));
            }
            filter = new QuarterlyReportRepository.Filter(filter.period(), scope, filter.statuses(),
                    filter.updatedSince());
        }
        List<QuarterlyReport> found = reports.search(filter, order, page);
        Map<UUID, String> names = organisations
                .displayNames(found.stream().map(r -> r.organisationId).collect(Collectors.toSet()));
        List<ReportSummary> items = found.stream().map(r -> new ReportSummary(r.id, r.organisationId,
                names.get(r.organisationId), r.period().toString(), r.formVersion, r.status, locks.locked(r),
                locks.closesAt(r.period()), r.submittedAt, r.acceptedAt, r.updatedAt, r.version)).toList();
        return new ReportList(items, page.page(), page.size(), reports.count(filter), listPermissions(actor));
    }

    /**
     * A new draft. A member creates its own organisation's report while the quarter is open for entry (409 once it
     * has closed: the association reopens it). The association may create an empty draft for any organisation; after
     * the quarter has closed that draft carries the reopen marker, which is how a quarter is reopened for an
     * organisation that has no report yet. One report per organisation and quarter (409).
     */
    @Transactional
    public Viewed create(Actor actor, JsonNode body, Locale locale) {
        policy.requireCreate(actor);
        CreateInput input = Bodies.convert(json, validator, body, CreateInput.class);
        Quarter period = Quarter.parse("period", input.period());
        UUID organisationId = input.organisationId();
        if (organisationId == null) {
            if (!actor.has(Role.MEMBER) || actor.organisationId() == null) {
                throw ApiException.badRequest("organisationId", "problem.report.organisation-required");
            }
            organisationId = actor.organisationId();
        }
        policy.requireCreateFor(actor, organisationId);
        if (organisations.findById(organisationId) == null) {
            throw ApiException.badRequest("organisationId", "problem.report.unknown-organisation");
        }
        FormDefinition form = forms.inForce(period)
                .orElseThrow(() -> ApiException.badRequest("period", "problem.report.no-form", period.toString()));
        if (reports.find(organisationId, period).isPresent()) {
            throw ApiException.conflict("duplicate-report", "period", "problem.report.duplicate", period.toString());
        }
        boolean closed = locks.closed(period);
        if (closed && !actor.isAssociation()) {
            throw ApiException.conflict("report-locked", "period", "problem.report.quarter-closed", period.toString());
        }
        QuarterlyReport report = new QuarterlyReport();
        report.id = UUID.randomUUID();
        report.organisationId = organisationId;
        report.setPeriod(period);
        report.formVersion = form.version();
        report.status = ReportStatus.DRAFT;
        report.createdAt = clock.now();
        report.updatedAt = report.createdAt;
        if (closed) {
            report.reopenedAt = report.createdAt;
            report.reopenedBy = actor.name();
        }
        reports.persist(report);
        reports.flush();
        audit.record(actor, AUDIT_TYPE, report.id, null, "CREATED", snapshot(form, report).asCreated());
        return viewed(actor, report, locale);
    }

    @ReadOnly
    @Transactional
    public Viewed get(Actor actor, UUID id, Locale locale) {
        return viewed(actor, visible(actor, id), locale);
    }

    /**
     * Replaces the entered content: values left out become blank. A draft is saved whatever the form's rules find
     * (the read answers the issues); what is not a value of the form at all is a 400 naming {@code values.CODE}.
     */
    @Transactional
    public Viewed update(Actor actor, UUID id, JsonNode body, String ifMatch, Locale locale) {
        Editable editable = editable(actor, id);
        QuarterlyReport report = editable.report();
        ObjectNode node = MergePatch.requireObject(body);
        Long version = MergePatch.takeVersion(node);
        Versions.checkWrite(ifMatch, version, report.version, editable.etag());
        FormDefinition form = editable.form();
        Map<String, BigDecimal> values = values(form, node.get("values"));
        node.set("values", json.valueToTree(values));
        UpdateInput input = Bodies.convert(json, validator, node, UpdateInput.class);
        return replace(actor, report, form, values, input.comment(), locale);
    }

    /** A report the caller may change now, with what a write checks against: its form, previous report and ETag. */
    record Editable(QuarterlyReport report, FormDefinition form, Optional<QuarterlyReport> previous, String etag) {
    }

    /**
     * The report as its organisation fills it: visible to the caller (404) and open to it for entry now (403, 409).
     * The start of every change of values (PUT, a template import).
     */
    Editable editable(Actor actor, UUID id) {
        QuarterlyReport report = visible(actor, id);
        boolean locked = locks.locked(report);
        policy.requireFill(actor, report, locked);
        Optional<QuarterlyReport> previous = previous(report);
        return new Editable(report, forms.of(report), previous, etag(actor, report, locked, previous));
    }

    /**
     * Replaces the entered content of a report {@link #editable} gave, with values already checked against its form
     * (every one a number of an entered indicator): values left out become blank. Audited when something changed.
     */
    Viewed replace(Actor actor, QuarterlyReport report, FormDefinition form, Map<String, BigDecimal> values,
            String comment, Locale locale) {
        UUID id = report.id;
        AuditLog.Snapshot before = snapshot(form, report);
        // only what differs is touched: Hibernate counts any write to the collection as a change (a new version)
        for (String code : List.copyOf(report.values.keySet())) {
            if (!values.containsKey(code)) {
                report.values.remove(code);
            }
        }
        values.forEach((code, value) -> {
            BigDecimal kept = report.values.get(code);
            if (kept == null || kept.compareTo(value) != 0) {
                report.values.put(code, value);
            }
        });
        report.comment = Texts.blankToNull(comment);
        var changes = before.diff(snapshot(form, report));
        if (!changes.isEmpty()) {
            report.updatedAt = clock.now();
            reports.flush();
            audit.record(actor, AUDIT_TYPE, id, null, "UPDATED", changes);
        }
        return viewed(actor, report, locale);
    }

    /** DRAFT or RETURNED → SUBMITTED when the rules find no error (400 naming each field otherwise). */
    @Transactional
    public Viewed submit(Actor actor, UUID id, String ifMatch, Locale locale) {
        QuarterlyReport report = visible(actor, id);
        boolean locked = locks.locked(report);
        policy.requireFill(actor, report, locked);
        Optional<QuarterlyReport> previous = previous(report);
        Versions.checkOptional(ifMatch, etag(actor, report, locked, previous));
        FormDefinition form = forms.of(report);
        List<Issue> issues = ReportRules.evaluate(form, values(form, report), previous.map(p -> p.values).orElse(null),
                report.comment);
        if (ReportRules.blocksSubmit(issues)) {
            List<FieldProblem> errors = issues.stream().filter(i -> i.severity() == ReportRules.Severity.ERROR)
                    .map(i -> new FieldProblem(ReportMessages.field(i), "report.issue",
                            ReportMessages.message(locale, form, i)))
                    .toList();
            throw new ApiException(400, "report-has-errors", "problem.report.has-errors",
                    new Object[] { errors.size() }, errors, null);
        }
        AuditLog.Snapshot before = snapshot(form, report);
        Instant now = clock.now();
        report.status = ReportStatus.SUBMITTED;
        report.submittedAt = now;
        if (report.firstSubmittedAt == null) {
            report.firstSubmittedAt = now;
        }
        report.reopenedAt = null;
        report.reopenedBy = null;
        report.updatedAt = now;
        reports.flush();
        audit.record(actor, AUDIT_TYPE, id, null, "SUBMITTED", before.diff(snapshot(form, report)));
        return viewed(actor, report, locale);
    }

    /** SUBMITTED → ACCEPTED (association). */
    @Transactional
    public Viewed accept(Actor actor, UUID id, String ifMatch, Locale locale) {
        QuarterlyReport report = visible(actor, id);
        policy.requireReview(actor, report);
        Versions.checkOptional(ifMatch, etag(actor, report, locks.locked(report), previous(report)));
        FormDefinition form = forms.of(report);
        AuditLog.Snapshot before = snapshot(form, report);
        report.status = ReportStatus.ACCEPTED;
        report.acceptedAt = clock.now();
        report.updatedAt = report.acceptedAt;
        reports.flush();
        audit.record(actor, AUDIT_TYPE, id, null, "ACCEPTED", before.diff(snapshot(form, report)));
        return viewed(actor, report, locale);
    }

    /**
     * SUBMITTED → RETURNED with the association's comment. A return asks for a correction, so it also sets the reopen
     * marker: the organisation can correct and resubmit even after the quarter has closed.
     */
    @Transactional
    public Viewed returnReport(Actor actor, UUID id, JsonNode body, String ifMatch, Locale locale) {
        QuarterlyReport report = visible(actor, id);
        policy.requireReview(actor, report);
        Versions.checkOptional(ifMatch, etag(actor, report, locks.locked(report), previous(report)));
        ReturnInput input = Bodies.convert(json, validator, body, ReturnInput.class);
        String comment = Texts.blankToNull(input.comment());
        FormDefinition form = forms.of(report);
        AuditLog.Snapshot before = snapshot(form, report);
        Instant now = clock.now();
        report.status = ReportStatus.RETURNED;
        report.returnComment = comment;
        report.returnedAt = now;
        report.reopenedAt = now;
        report.reopenedBy = actor.name();
        report.updatedAt = now;
        reports.flush();
        audit.record(actor, AUDIT_TYPE, id, null, "RETURNED", before.diff(snapshot(form, report)));
        return viewed(actor, report, locale);
    }

    /**
     * Opens a report for entry by its organisation again (association): a SUBMITTED or ACCEPTED report goes back to
     * DRAFT (an accepted one loses its acceptance), and the reopen marker lifts the quarter's clock lock for this
     * report until its organisation next submits it. A DRAFT or RETURNED report that is locked keeps its status and
     * gets the marker. A report its organisation can already edit is refused (409).
     */
    @Transactional
    public Viewed reopen(Actor actor, UUID id, String ifMatch, Locale locale) {
        QuarterlyReport report = visible(actor, id);
        boolean locked = locks.locked(report);
        policy.requireReopen(actor, report, locked);
        Versions.checkOptional(ifMatch, etag(actor, report, locked, previous(report)));
        FormDefinition form = forms.of(report);
        AuditLog.Snapshot before = snapshot(form, report);
        Instant now = clock.now();
        if (report.status == ReportStatus.SUBMITTED || report.status == ReportStatus.ACCEPTED) {
            report.status = ReportStatus.DRAFT;
            report.acceptedAt = null;
        }
        report.reopenedAt = now;
        report.reopenedBy = actor.name();
        report.updatedAt = now;
        reports.flush();
        audit.record(actor, AUDIT_TYPE, id, null, "REOPENED", before.diff(snapshot(form, report)));
        return viewed(actor, report, locale);
    }

    @ReadOnly
    @Transactional
    public HistoryList history(Actor actor, UUID id, Page page) {
        visible(actor, id);
        return audit.history(AUDIT_TYPE, id, page);
    }

    /** A report the caller may read (404 otherwise). */
    QuarterlyReport readable(Actor actor, UUID id) {
        return visible(actor, id);
    }

    private QuarterlyReport visible(Actor actor, UUID id) {
        QuarterlyReport report = reports.findById(id);
        if (report == null || !policy.canSee(actor, report)) {
            throw ApiException.notFound("report");
        }
        return report;
    }

    private Optional<QuarterlyReport> previous(QuarterlyReport report) {
        return reports.previousOf(report);
    }

    /**
     * The entered values of a request, checked against the form: an object of entered numeric indicators, each a
     * number or null. Every problem is named as {@code values.CODE}; null (blank) values are left out.
     */
    private static Map<String, BigDecimal> values(FormDefinition form, JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiException.badRequest("values", "problem.report.values-required");
        }
        if (!node.isObject()) {
            throw ApiException.badRequest("values", "problem.json.wrong-type");
        }
        Set<String> entered = form.enteredNumbers().stream().map(Indicator::code).collect(Collectors.toSet());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String code = field.getKey();
            String name = "values." + (code.length() > 40 ? code.substring(0, 40) + "…" : code);
            Optional<Indicator> indicator = form.indicator(code);
            if (indicator.isEmpty()) {
                problems.add(new FieldProblem(name, "problem.report.unknown-indicator"));
            } else if (indicator.get().computed()) {
                problems.add(new FieldProblem(name, "problem.report.computed-indicator"));
            } else if (!entered.contains(code)) {
                problems.add(new FieldProblem(name, "problem.report.text-indicator"));
            } else if (!field.getValue().isNull()) {
                JsonNode value = field.getValue();
                if (!value.isNumber()) {
                    problems.add(new FieldProblem(name, "problem.report.not-a-number"));
                } else if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
                    problems.add(new FieldProblem(name, "problem.report.value-too-large", MAX_VALUE));
                } else {
                    BigDecimal number = Numbers.normal(value.decimalValue());
                    if (number.abs().compareTo(MAX_VALUE) >= 0) {
                        problems.add(new FieldProblem(name, "problem.report.value-too-large", MAX_VALUE));
                    } else if (ReportRules.decimals(number) > MAX_DECIMALS) {
                        problems.add(new FieldProblem(name, "problem.report.value-too-precise", MAX_DECIMALS));
                    } else {
                        values.put(code, number);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(400, "invalid-request", "problem.invalid-request", null, problems, null);
        }
        return values;
    }

    /** A report's values in the form's order, every entered numeric indicator present (null when blank). */
    static Map<String, BigDecimal> values(FormDefinition form, QuarterlyReport report) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Indicator indicator : form.enteredNumbers()) {
            values.put(indicator.code(), Numbers.normal(report.values.get(indicator.code())));
        }
        return values;
    }

    private static AuditLog.Snapshot snapshot(FormDefinition form, QuarterlyReport r) {
        AuditLog.Snapshot snapshot = new AuditLog.Snapshot().put("organisationId", r.organisationId)
                .put("period", r.period()).put("formVersion", r.formVersion).put("status", r.status);
        for (Indicator indicator : form.enteredNumbers()) {
            BigDecimal value = Numbers.normal(r.values.get(indicator.code()));
            snapshot.put("values." + indicator.code(), value == null ? null : value.toPlainString());
        }
        return snapshot.put("comment", r.comment).put("returnComment", r.returnComment)
                .put("reopenedBy", r.reopenedBy);
    }

    /**
     * The ETag of a report for this caller: its version, the caller's permissions, whether it is locked, and the
     * version of the previous-quarter report its warnings compare with — whatever changes the answer changes it.
     */
    private String etag(Actor actor, QuarterlyReport report, boolean locked, Optional<QuarterlyReport> previous) {
        return etag(report, policy.permissions(actor, report, locked), locked, previous);
    }

    private static String etag(QuarterlyReport report, ReportPermissions permissions, boolean locked,
            Optional<QuarterlyReport> previous) {
        return "\"" + report.version + "-" + permissions.bits() + (locked ? "-l" : "")
                + previous.map(p -> "-p" + p.version).orElse("") + "\"";
    }

    private Viewed viewed(Actor actor, QuarterlyReport r, Locale locale) {
        FormDefinition form = forms.of(r);
        Optional<QuarterlyReport> previous = previous(r);
        Map<String, BigDecimal> values = values(form, r);
        List<IssueView> issues = issues(form, values, previous, r.comment, locale);
        boolean locked = locks.locked(r);
        ReportPermissions permissions = policy.permissions(actor, r, locked);
        String name = organisations.displayNames(List.of(r.organisationId)).get(r.organisationId);
        Map<String, BigDecimal> previousValues = previous.map(p -> values(form, p)).orElse(null);
        ReportView view = new ReportView(r.id, r.organisationId, name, r.period().toString(), r.formVersion,
                r.status, values, ReportRules.compute(form, values), r.comment, r.returnComment, issues,
                r.period().previous().toString(), previousValues, permissions,
                locked, locks.closesAt(r.period()), r.reopenedAt, r.version, r.submittedAt, r.acceptedAt,
                r.createdAt, r.updatedAt);
        return new Viewed(view, etag(r, permissions, locked, previous));
    }

    /** What the form's rules find in a report's values, in the caller's language: the issues of a read. */
    static List<IssueView> issues(FormDefinition form, Map<String, BigDecimal> values,
            Optional<QuarterlyReport> previous, String comment, Locale locale) {
        return ReportRules.evaluate(form, values, previous.map(p -> p.values).orElse(null), comment).stream()
                .map(i -> new IssueView(i.code(), i.severity(), ReportMessages.message(locale, form, i),
                        i.indicators()))
                .toList();
    }

    private ReportListPermissions listPermissions(Actor actor) {
        boolean create = policy.mayCreate(actor);
        return new ReportListPermissions(create,
                create ? locks.startable(actor.isAssociation()).stream().map(Quarter::toString).toList() : List.of());
    }
}
