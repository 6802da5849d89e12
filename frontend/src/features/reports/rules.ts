/**
 * The browser's evaluator of a report form's rules: the same form JSON the server evaluates (GET
 * /report-forms/current), run as the accountant types. Both evaluators are run over testdata/report-rules/cases.json
 * and must agree. Blank (absent or null) is "not reported" and is never read as zero.
 *
 * Arithmetic is exact: values are decimals (money with one decimal, counts), compared and divided as scaled
 * integers, so "exactly 50 %" and the rounding of a computed share agree with the server's BigDecimal.
 */

export type Severity = 'ERROR' | 'WARNING';
export type RuleKind = 'NON_NEGATIVE' | 'INTEGER' | 'DECIMALS' | 'REQUIRED' | 'PART_OF' | 'PAIR' | 'CHANGE_WARNING';

export interface FormRule {
  kind: RuleKind;
  indicators?: string[] | null;
  part?: string | null;
  whole?: string | null;
  a?: string | null;
  b?: string | null;
  indicator?: string | null;
  threshold?: number | null;
  max?: number | null;
}

export interface FormFormula {
  numerator: string;
  denominator: string;
  multiplier: number;
  divisor: number;
}

export interface FormIndicator {
  code: string;
  section: string;
  type: 'MONEY' | 'COUNT' | 'PERCENT' | 'TEXT';
  computed: boolean;
  decimals: number;
  formula?: FormFormula | null;
}

export interface FormRules {
  indicators: readonly FormIndicator[];
  rules: readonly FormRule[];
}

export type ReportValues = Readonly<Record<string, number | null | undefined>>;

export interface RuleIssue {
  code: string;
  severity: Severity;
  /** What the issue is about, the one to correct first: [part, whole], [missing, filled]. */
  indicators: string[];
  previous?: number;
  current?: number;
  max?: number;
}

/** A decimal as an integer and a scale: 12.5 is [125n, 1]. */
type Decimal = readonly [bigint, number];

function decimal(value: number): Decimal {
  let text = String(value);
  if (/e/i.test(text)) {
    // 1e21 or 1e-7: write it out in full.
    text = Math.abs(value) >= 1 ? BigInt(Math.round(value)).toString() : value.toFixed(20).replace(/0+$/, '');
  }
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = BigInt(whole + fraction);
  return [negative ? -digits : digits, fraction.length];
}

/** Both decimals brought to one scale. */
function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a[1], b[1]);
  return [a[0] * 10n ** BigInt(scale - a[1]), b[0] * 10n ** BigInt(scale - b[1]), scale];
}

function compare(a: Decimal, b: Decimal): number {
  const [x, y] = aligned(a, b);
  return x === y ? 0 : x > y ? 1 : -1;
}

function multiply(a: Decimal, b: Decimal): Decimal {
  return [a[0] * b[0], a[1] + b[1]];
}

function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return [x - y, scale];
}

function abs(a: Decimal): Decimal {
  return [a[0] < 0n ? -a[0] : a[0], a[1]];
}

/** Decimal places a value really has: 1.50 has one, 100 has none. */
export function decimalPlaces(value: number): number {
  const [digits, scale] = decimal(value);
  let places = scale;
  let rest = digits;
  while (places > 0 && rest % 10n === 0n) {
    rest /= 10n;
    places -= 1;
  }
  return places;
}

function present(values: ReportValues, code: string | null | undefined): number | null {
  if (!code) return null;
  const value = values[code];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * The issues of a report's values, in the order of the form's rules, COMMENT_REQUIRED last. `previous` is the
 * organisation's previous-quarter report (null when there is none); `comment` the report's comment (N01).
 */
export function evaluateRules(form: FormRules, values: ReportValues, previous: ReportValues | null, comment: string | null): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const each = (rule: FormRule, check: (code: string, value: number) => void) => {
    for (const code of rule.indicators ?? []) {
      const value = present(values, code);
      if (value !== null) check(code, value);
    }
  };
  const error = (code: string, ...indicators: string[]) => issues.push({ code, severity: 'ERROR', indicators });

  for (const rule of form.rules) {
    switch (rule.kind) {
      case 'NON_NEGATIVE':
        each(rule, (code, value) => value < 0 && error('NEGATIVE', code));
        break;
      case 'INTEGER':
        each(rule, (code, value) => decimalPlaces(value) > 0 && error('NOT_INTEGER', code));
        break;
      case 'DECIMALS':
        each(rule, (code, value) => {
          const max = rule.max ?? 0;
          if (decimalPlaces(value) > max)
            issues.push({ code: 'TOO_MANY_DECIMALS', severity: 'ERROR', indicators: [code], current: value, max });
        });
        break;
      case 'REQUIRED':
        for (const code of rule.indicators ?? []) if (present(values, code) === null) error('REQUIRED', code);
        break;
      case 'PART_OF': {
        const part = present(values, rule.part);
        const whole = present(values, rule.whole);
        if (part !== null && whole !== null && compare(decimal(part), decimal(whole)) > 0)
          error('PART_EXCEEDS_WHOLE', rule.part!, rule.whole!);
        break;
      }
      case 'PAIR': {
        const a = present(values, rule.a) !== null;
        const b = present(values, rule.b) !== null;
        if (a && !b) error('PAIR_INCOMPLETE', rule.b!, rule.a!);
        else if (b && !a) error('PAIR_INCOMPLETE', rule.a!, rule.b!);
        break;
      }
      case 'CHANGE_WARNING': {
        const now = present(values, rule.indicator);
        const before = previous ? present(previous, rule.indicator) : null;
        if (now === null || before === null || before === 0) break;
        const change = abs(subtract(decimal(now), decimal(before)));
        const allowed = multiply(abs(decimal(before)), decimal(rule.threshold ?? 0));
        if (compare(change, allowed) > 0) {
          issues.push({
            code: 'CHANGE_OVER_THRESHOLD',
            severity: 'WARNING',
            indicators: [rule.indicator!],
            previous: before,
            current: now,
          });
        }
        break;
      }
      default:
        // A rule this browser does not know yet: the server still checks it on submit.
        break;
    }
  }
  if (issues.some((issue) => issue.severity === 'WARNING') && !comment?.trim()) {
    const commentCode = form.indicators.find((indicator) => indicator.type === 'TEXT')?.code ?? 'N01';
    error('COMMENT_REQUIRED', commentCode);
  }
  return issues;
}

/** Whether the issues block submitting: any ERROR does. */
export function blocksSubmit(issues: readonly RuleIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'ERROR');
}

/** numerator × multiplier / (denominator × divisor), rounded half up (away from zero) to `places`. */
function divideRounded(numerator: Decimal, denominator: Decimal, places: number): number {
  // n / d with both as scaled integers: (n0 / 10^ns) / (d0 / 10^ds) = n0 × 10^ds / (d0 × 10^ns).
  let top = numerator[0] * 10n ** BigInt(denominator[1] + places);
  let bottom = denominator[0] * 10n ** BigInt(numerator[1]);
  const negative = top < 0n !== bottom < 0n;
  if (top < 0n) top = -top;
  if (bottom < 0n) bottom = -bottom;
  const rounded = (2n * top + bottom) / (2n * bottom);
  const result = Number(rounded) / 10 ** places;
  return negative && rounded !== 0n ? -result : result;
}

/** The computed indicators by code; null where the numerator or denominator is blank, or the denominator zero. */
export function computeIndicators(form: FormRules, values: ReportValues): Record<string, number | null> {
  const computed: Record<string, number | null> = {};
  for (const indicator of form.indicators) {
    if (!indicator.computed || !indicator.formula) continue;
    const { numerator, denominator, multiplier, divisor } = indicator.formula;
    const n = present(values, numerator);
    const d = present(values, denominator);
    computed[indicator.code] =
      n === null || d === null || d === 0
        ? null
        : divideRounded(multiply(decimal(n), decimal(multiplier)), multiply(decimal(d), decimal(divisor)), indicator.decimals);
  }
  return computed;
}
