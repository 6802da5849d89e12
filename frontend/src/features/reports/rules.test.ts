import { describe, expect, it } from 'vitest';
// The same files the server's ReportRulesCasesTest reads: both evaluators must find exactly these issues.
import shared from '../../../../testdata/report-rules/cases.json';
import formJson from '../../../../testdata/report-rules/form-v1.json';
import { blocksSubmit, computeIndicators, decimalPlaces, evaluateRules, type FormRules, type ReportValues } from './rules';

const form = formJson as unknown as FormRules;

interface SharedCase {
  name: string;
  values: ReportValues;
  previousValues?: ReportValues;
  comment?: string | null;
  expected: { code: string; severity: string; indicators: string[] }[];
  computed?: Record<string, number | null>;
}

const key = (issue: { code: string; severity: string; indicators: string[] }) =>
  `${issue.severity} ${issue.code} ${issue.indicators.join(',')}`;

describe('the shared cases of the report rules (the server runs the same file)', () => {
  const cases = shared.cases as unknown as SharedCase[];

  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const issues = evaluateRules(form, entry.values, entry.previousValues ?? null, entry.comment ?? null);
    expect(issues.map(key).sort()).toEqual(entry.expected.map(key).sort());
    if (entry.computed) expect(computeIndicators(form, entry.values)).toEqual(entry.computed);
  });
});

describe('the evaluator', () => {
  it('counts the decimal places a value really has', () => {
    expect(decimalPlaces(1.5)).toBe(1);
    expect(decimalPlaces(100)).toBe(0);
    expect(decimalPlaces(0.05)).toBe(2);
    expect(decimalPlaces(1e21)).toBe(0);
    expect(decimalPlaces(1e-7)).toBe(7);
  });

  it('lets a report with warnings and a comment be submitted, but not one with an error', () => {
    const values = { R01: 1600, R02: 900, P01: 50, P02: 48, P03: 2400 };
    const previous = { R01: 1000 };
    expect(blocksSubmit(evaluateRules(form, values, previous, null))).toBe(true);
    expect(blocksSubmit(evaluateRules(form, values, previous, 'Новый крупный контракт'))).toBe(false);
    expect(blocksSubmit(evaluateRules(form, { ...values, R03: 901 }, previous, 'Новый крупный контракт'))).toBe(true);
  });

  it('rounds a computed share half up, exactly as the server does', () => {
    // 1 / 8 = 12.5 % → 12.5; 1 / 16 = 6.25 % → 6.3 (a float would give 6.2 or 6.3 by luck)
    expect(computeIndicators(form, { R02: 8, R03: 1 }).R08).toBe(12.5);
    expect(computeIndicators(form, { R02: 16, R03: 1 }).R08).toBe(6.3);
    expect(computeIndicators(form, { R02: 0, R03: 1 }).R08).toBeNull();
  });
});
