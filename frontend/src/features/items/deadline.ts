/**
 * A deadline's period as the API writes it, by precision: DAY "2017-06-15", MONTH "2017-06", QUARTER "2017-Q2",
 * YEAR, RECURRING and ONGOING ("постоянно") "2017". Its due date is the last day of the period: the day itself, the month's or the
 * quarter's last day, 31 December. Plain functions: the deadline editor shows the due date as it is chosen.
 */
import type { DeadlinePrecision } from '@/lib/api/types';

/** The years the server accepts in a deadline. */
export const MIN_DEADLINE_YEAR = 1990;
export const MAX_DEADLINE_YEAR = 2200;

export const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;

/** What a period names: its year, and its month (1–12), quarter (1–4) or day where the precision has them. */
export interface PeriodParts {
  year: number;
  month?: number;
  quarter?: number;
  day?: number;
}

const PATTERNS: Record<DeadlinePrecision, RegExp> = {
  DAY: /^(\d{4})-(\d{2})-(\d{2})$/,
  MONTH: /^(\d{4})-(\d{2})$/,
  QUARTER: /^(\d{4})-Q([1-4])$/,
  YEAR: /^(\d{4})$/,
  RECURRING: /^(\d{4})$/,
  ONGOING: /^(\d{4})$/,
};

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parts of a period written for this precision; null when it is not one ("2017-13", "2017-02-30", "17"). */
export function parsePeriod(precision: DeadlinePrecision, period: string): PeriodParts | null {
  const match = PATTERNS[precision].exec(period.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_DEADLINE_YEAR || year > MAX_DEADLINE_YEAR) return null;
  switch (precision) {
    case 'DAY': {
      const month = Number(match[2]);
      const day = Number(match[3]);
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
      return { year, month, day };
    }
    case 'MONTH': {
      const month = Number(match[2]);
      return month >= 1 && month <= 12 ? { year, month } : null;
    }
    case 'QUARTER':
      return { year, quarter: Number(match[2]) };
    default:
      return { year };
  }
}

/** The period for this precision from its parts (the parts it does not use are ignored). */
export function periodFromParts(precision: DeadlinePrecision, parts: PeriodParts): string {
  const year = pad(parts.year, 4);
  switch (precision) {
    case 'DAY':
      return `${year}-${pad(parts.month ?? 12)}-${pad(parts.day ?? 31)}`;
    case 'MONTH':
      return `${year}-${pad(parts.month ?? 12)}`;
    case 'QUARTER':
      return `${year}-Q${parts.quarter ?? 4}`;
    default:
      return year;
  }
}

/**
 * The due date ("YYYY-MM-DD") of a period: its last day. Null when the period is not one for the precision, and for
 * an ONGOING duty, which has none.
 */
export function dueDate(precision: DeadlinePrecision, period: string): string | null {
  const parts = parsePeriod(precision, period);
  if (!parts || precision === 'ONGOING') return null;
  switch (precision) {
    case 'DAY':
      return period.trim();
    case 'MONTH': {
      const month = parts.month ?? 12;
      return `${pad(parts.year, 4)}-${pad(month)}-${pad(daysInMonth(parts.year, month))}`;
    }
    case 'QUARTER': {
      const month = (parts.quarter ?? 4) * 3;
      return `${pad(parts.year, 4)}-${pad(month)}-${pad(daysInMonth(parts.year, month))}`;
    }
    default:
      return `${pad(parts.year, 4)}-12-31`;
  }
}

/**
 * The period for another precision that keeps the due date where it can: the day, month or quarter it falls in,
 * or its year. A finer precision starts at the end of the coarser period (2017-Q2 → June 2017 → 30.06.2017).
 * Without a valid period, the end of `fallbackYear`.
 */
export function convertPeriod(from: DeadlinePrecision, period: string, to: DeadlinePrecision, fallbackYear: number): string {
  const due = dueDate(from, period) ?? `${pad(fallbackYear, 4)}-12-31`;
  const [year, month, day] = due.split('-').map(Number) as [number, number, number];
  return periodFromParts(to, { year, month, day, quarter: Math.ceil(month / 3) });
}
