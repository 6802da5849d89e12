package ru.karta.report;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import ru.karta.common.ApiException;
import ru.karta.report.ReportDtos.ReportPermissions;
import ru.karta.security.Actor;
import ru.karta.security.Role;

/**
 * Who may see and do what with quarterly reports: the "quarterly report values" row of DESIGN.md's access table
 * (docs/access.md spells it out per operation).
 * <ul>
 * <li>Visibility (404): the association and ЦКР read every report; a member reads only its own organisation's;
 * departments and scripts read none (they get the consolidated summary and completeness instead). A list answers
 * 403 to those who may read no report at all.</li>
 * <li>Permissions (403): a member creates, fills and submits its own organisation's reports; the association accepts,
 * returns and reopens, and may create an empty draft for any organisation (that is how it reopens a quarter for an
 * organisation that has no report yet); ЦКР only reads.</li>
 * <li>Transitions (409): values change only in a DRAFT or RETURNED report that is not locked (see
 * {@link ReportLocks}); submit: DRAFT or RETURNED → SUBMITTED; accept: SUBMITTED → ACCEPTED; return: SUBMITTED →
 * RETURNED; reopen: a SUBMITTED or ACCEPTED report goes back to DRAFT, and any locked report gets the reopen marker,
 * so its organisation can enter and submit it again.</li>
 * </ul>
 * Completeness and the consolidated summary are read by every role; completeness names a report's id only to
 * those who may open it.
 * The system (demo data, imports) acts with the association's rights and also fills reports.
 */
@ApplicationScoped
public class ReportPolicy {

    public boolean canSee(Actor actor, QuarterlyReport report) {
        return canSeeReportsOf(actor, report.organisationId);
    }

    /**
     * Completeness and the consolidated summary: every role (DESIGN.md: "consolidated quarterly summary and
     * completeness: yes for all"); they show no report's values.
     */
    public void requireFigures(Actor actor) {
        if (!actor.isSystem() && !actor.hasAny(Role.ASSOCIATION, Role.CKR, Role.DEPARTMENT, Role.MEMBER,
                Role.INTEGRATION)) {
            throw ApiException.forbidden("problem.forbidden.read-figures");
        }
    }

    /** Whether the actor may open the reports of an organisation (completeness gives their ids only then). */
    public boolean canSeeReportsOf(Actor actor, UUID organisationId) {
        return actor.runsCluster() || own(actor, organisationId);
    }

    /** Who may list reports at all: 403 for departments and scripts. */
    public void requireList(Actor actor) {
        if (!actor.runsCluster() && !actor.has(Role.MEMBER)) {
            throw ApiException.forbidden("problem.forbidden.read-reports");
        }
    }

    /** The organisation a list is limited to (a member's own), or null for all; a member of no organisation sees none. */
    public UUID listScope(Actor actor) {
        if (actor.runsCluster()) {
            return null;
        }
        UUID own = actor.organisationId();
        return own != null ? own : new UUID(0, 0);
    }

    /** An export's scope that holds no organisation's rows. */
    public static final UUID NOBODY = new UUID(0, 0);

    /**
     * Whose report rows an export holds: null for every organisation's (the association and ЦКР), a member's own
     * organisation's, or {@link #NOBODY} (departments and scripts: the totals and completeness, which everyone reads).
     */
    public UUID exportScope(Actor actor) {
        if (actor.runsCluster()) {
            return null;
        }
        return actor.has(Role.MEMBER) && actor.organisationId() != null ? actor.organisationId() : NOBODY;
    }

    public boolean mayCreate(Actor actor) {
        return actor.isAssociation() || (actor.has(Role.MEMBER) && actor.organisationId() != null);
    }

    /** May the actor create reports at all: the association and members (403 otherwise). */
    public void requireCreate(Actor actor) {
        if (!actor.isAssociation() && !actor.has(Role.MEMBER)) {
            throw ApiException.forbidden("problem.forbidden.create-report");
        }
    }

    /** May the actor create the report of this organisation: a member only its own (403 otherwise). */
    public void requireCreateFor(Actor actor, UUID organisationId) {
        if (!actor.isAssociation() && !own(actor, organisationId)) {
            throw ApiException.forbidden("problem.forbidden.other-organisation-report");
        }
    }

    public ReportPermissions permissions(Actor actor, QuarterlyReport report, boolean locked) {
        boolean fill = fills(actor, report) && open(report) && !locked;
        boolean review = actor.isAssociation() && report.status == ReportStatus.SUBMITTED;
        return new ReportPermissions(fill, fill, review, review, actor.isAssociation() && reopenable(report, locked));
    }

    /** Changing values and comment, and submitting: its organisation, while open and not locked. */
    public void requireFill(Actor actor, QuarterlyReport report, boolean locked) {
        if (!fills(actor, report)) {
            throw ApiException.forbidden("problem.forbidden.fill-report");
        }
        switch (report.status) {
            case SUBMITTED -> throw ApiException.conflict("report-submitted", "problem.report.submitted");
            case ACCEPTED -> throw ApiException.conflict("report-accepted", "problem.report.accepted");
            default -> {
            }
        }
        if (locked) {
            throw ApiException.conflict("report-locked", "problem.report.locked");
        }
    }

    /** Accepting or returning: the association, a submitted report. */
    public void requireReview(Actor actor, QuarterlyReport report) {
        if (!actor.isAssociation()) {
            throw ApiException.forbidden("problem.forbidden.review-report");
        }
        if (report.status != ReportStatus.SUBMITTED) {
            throw ApiException.conflict("report-not-submitted", "problem.report.not-submitted");
        }
    }

    public void requireReopen(Actor actor, QuarterlyReport report, boolean locked) {
        if (!actor.isAssociation()) {
            throw ApiException.forbidden("problem.forbidden.review-report");
        }
        if (!reopenable(report, locked)) {
            throw ApiException.conflict("report-open", "problem.report.already-open");
        }
    }

    private static boolean open(QuarterlyReport report) {
        return report.status == ReportStatus.DRAFT || report.status == ReportStatus.RETURNED;
    }

    /** Reopening makes sense when the organisation cannot enter the report now. */
    private static boolean reopenable(QuarterlyReport report, boolean locked) {
        return !open(report) || locked;
    }

    private static boolean fills(Actor actor, QuarterlyReport report) {
        return actor.isSystem() || own(actor, report.organisationId);
    }

    private static boolean own(Actor actor, UUID organisationId) {
        return actor.has(Role.MEMBER) && organisationId != null && organisationId.equals(actor.organisationId());
    }
}
