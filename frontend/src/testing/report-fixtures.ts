/**
 * Quarterly reports for the tests: the form in force (the same JSON the server seeds, testdata/report-rules) and
 * reports of a member enterprise. Plain data: what a caller may do is what a test sets in `permissions`.
 */
import formJson from '../../../testdata/report-rules/form-v1.json';
import type {
  ConsolidatedSummary,
  Me,
  QuarterlyReport,
  QuarterlyReportPermissions,
  QuarterlyReportSummary,
  ReportCompleteness,
  ReportForm,
  ReportImport,
} from '@/lib/api/types';
import { ids } from './fixtures';

export const reportIds = {
  draft: 'e1000000-0000-4000-8000-000000000001',
  submitted: 'e1000000-0000-4000-8000-000000000002',
};

export const enterprise = 'Предприятия Смоленского композитного кластера';

export const noReportPermissions: QuarterlyReportPermissions = { edit: false, submit: false, accept: false, return: false, reopen: false };

export const reporter: Me = {
  subject: 'subject-reporter',
  username: 'member',
  name: 'Волков Игорь',
  roles: ['member'],
  personId: 'c0000000-0000-4000-8000-000000000009',
  organisationId: ids.members,
  organisationName: enterprise,
};

export function makeReportForm(): ReportForm {
  return formJson as unknown as ReportForm;
}

export function makeReport(extra: Partial<QuarterlyReport> = {}): QuarterlyReport {
  return {
    id: reportIds.draft,
    organisationId: ids.members,
    organisationName: enterprise,
    period: '2017-Q2',
    formVersion: 1,
    status: 'DRAFT',
    values: { R01: 1000, R02: 900 },
    computed: { R08: null, R09: null, P04: null, P06: null },
    previousPeriod: '2017-Q1',
    previousValues: null,
    comment: null,
    returnComment: null,
    issues: [],
    permissions: noReportPermissions,
    locked: false,
    closesAt: '2017-07-31T21:00:00Z',
    reopenedAt: null,
    version: 3,
    submittedAt: null,
    acceptedAt: null,
    createdAt: '2017-07-03T09:00:00Z',
    updatedAt: '2017-07-03T09:00:00Z',
    ...extra,
  };
}

export function summaryOf(report: QuarterlyReport): QuarterlyReportSummary {
  return {
    id: report.id,
    organisationId: report.organisationId,
    organisationName: report.organisationName,
    period: report.period,
    formVersion: report.formVersion,
    status: report.status,
    locked: report.locked,
    closesAt: report.closesAt,
    submittedAt: report.submittedAt,
    acceptedAt: report.acceptedAt,
    updatedAt: report.updatedAt,
    version: report.version,
  };
}

const QUARTERS_2017 = ['2017-Q1', '2017-Q2', '2017-Q3', '2017-Q4'];

export function makeCompleteness(): ReportCompleteness {
  const cell = (
    period: string,
    status: ReportCompleteness['organisations'][number]['quarters'][number]['status'],
    reportId: string | null = null,
  ) => ({
    period,
    status,
    reportId,
    reportStatus: reportId ? ('ACCEPTED' as const) : null,
    firstSubmittedAt: status === 'ON_TIME' || status === 'LATE' ? `${period.slice(0, 4)}-07-20T10:00:00Z` : null,
  });
  return {
    year: 2017,
    periods: QUARTERS_2017,
    totals: QUARTERS_2017.map((period, index) => ({
      period,
      endsAt: '2017-12-31T21:00:00Z',
      dueAt: '2018-01-30T21:00:00Z',
      expected: 2,
      submitted: index === 3 ? 1 : 2,
      onTime: index === 1 ? 1 : index === 3 ? 1 : 2,
      late: index === 1 ? 1 : 0,
      missing: index === 3 ? 1 : 0,
      pending: 0,
      notDue: 0,
    })),
    organisations: [
      {
        organisationId: ids.members,
        organisationName: enterprise,
        quarters: [
          cell('2017-Q1', 'ON_TIME', reportIds.submitted),
          cell('2017-Q2', 'LATE', reportIds.draft),
          cell('2017-Q3', 'ON_TIME'),
          cell('2017-Q4', 'MISSING'),
        ],
      },
      {
        organisationId: ids.education,
        organisationName: 'ООО «Биокомпозит-Демо»',
        quarters: QUARTERS_2017.map((period) => cell(period, 'ON_TIME')),
      },
    ],
  };
}

export function makeConsolidatedSummary(): ConsolidatedSummary {
  const total = (value: number | null, reports = 2) => ({ value, reports, quarters: 1 });
  return {
    period: '2017-Q2',
    includeSubmitted: false,
    statuses: ['ACCEPTED'],
    formVersion: 1,
    reportingOrganisations: 2,
    expectedOrganisations: 3,
    quarter: {
      from: '2017-Q2',
      to: '2017-Q2',
      reports: 2,
      values: {
        R01: total(2500.5),
        R02: total(2000),
        R03: total(900),
        R04: total(300),
        P01: total(120),
        P02: total(118),
        P03: total(7080),
      },
      computed: { R08: total(45), R09: total(15), P04: total(20000), P06: total(21.2) },
    },
    yearToDate: {
      from: '2017-Q1',
      to: '2017-Q2',
      reports: 4,
      values: {
        R01: total(4800, 4),
        R02: total(3900, 4),
        R03: total(1700, 4),
        R04: total(700, 4),
        P01: total(120, 2),
        P02: total(117, 4),
        P03: total(14000, 4),
      },
      computed: { R08: total(43.6, 4), R09: total(17.9, 4), P04: total(19943, 4), P06: total(20.5, 4) },
    },
    trends: {
      quarters: QUARTERS_2017.map((period, index) => ({ period, reportingOrganisations: index < 2 ? 2 : 0 })),
      series: Object.fromEntries(
        ['R01', 'R02', 'R03', 'R09'].map((code) => [
          code,
          QUARTERS_2017.map((period, index) => ({
            period,
            value:
              index === 0
                ? ({ R01: 2299.5, R02: 1900, R03: 800, R09: 21.1 } as Record<string, number>)[code]!
                : index === 1
                  ? ({ R01: 2500.5, R02: 2000, R03: 900, R09: 15 } as Record<string, number>)[code]!
                  : null,
            reports: index < 2 ? 2 : 0,
          })),
        ]),
      ),
    },
    benchmarks: [
      {
        indicator: 'R09',
        minimum: 20,
        nameRu: 'Порог федеральных требований к промышленным кластерам: не менее 20 %',
        nameEn: 'Threshold',
        quarter: 15,
        quarterMet: false,
        yearToDate: 17.9,
        yearToDateMet: false,
      },
    ],
  };
}

/**
 * What the server reads in a filled template of `report`: every entered numeric indicator with the report's value and
 * the file's (`file` overrides some), the comment, and the issues given.
 */
export function makeReportImport(
  report: QuarterlyReport,
  file: Record<string, number | null>,
  extra: Partial<ReportImport> = {},
): ReportImport {
  const form = makeReportForm();
  const lines = form.indicators
    .filter((indicator) => !indicator.computed && indicator.type !== 'TEXT')
    .map((indicator) => {
      const current = report.values[indicator.code] ?? null;
      const next = indicator.code in file ? (file[indicator.code] ?? null) : current;
      return { code: indicator.code, current, file: next, changed: current !== next };
    });
  return {
    reportId: report.id,
    period: report.period,
    dryRun: true,
    saved: false,
    version: report.version,
    changes: lines.filter((line) => line.changed).length,
    lines,
    comment: { current: report.comment, file: report.comment, changed: false },
    computed: {},
    issues: [],
    report: null,
    ...extra,
  };
}
