/** Quarters as the API writes them: "2017-Q2". */

const PERIOD = /^(\d{4})-Q([1-4])$/;
export const QUARTER_ROMAN = ['I', 'II', 'III', 'IV'] as const;

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function parseQuarter(period: string): Quarter | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter['quarter'] };
}

export function formatQuarter({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

export function previousQuarter(period: string): string | null {
  const parsed = parseQuarter(period);
  if (!parsed) return null;
  return parsed.quarter === 1
    ? formatQuarter({ year: parsed.year - 1, quarter: 4 })
    : formatQuarter({ year: parsed.year, quarter: (parsed.quarter - 1) as Quarter['quarter'] });
}

/** The quarter a calendar date falls in. */
export function quarterOf(date: Date): string {
  return formatQuarter({ year: date.getFullYear(), quarter: (Math.floor(date.getMonth() / 3) + 1) as Quarter['quarter'] });
}

/**
 * The quarters a report may be started for, newest first: the current one and `count - 1` before it. The one just
 * ended is what an accountant reports on, so it comes second and is the usual choice.
 */
export function recentQuarters(today: Date, count: number): string[] {
  const list = [quarterOf(today)];
  while (list.length < count) list.push(previousQuarter(list[list.length - 1]!)!);
  return list;
}

/** "II квартал 2017" (the caller passes its translation of "{{numeral}} квартал {{year}}"). */
export function quarterLabel(period: string, t: (key: string, values: Record<string, unknown>) => string): string {
  const parsed = parseQuarter(period);
  if (!parsed) return period;
  return t('reports.quarter', { numeral: QUARTER_ROMAN[parsed.quarter - 1], n: parsed.quarter, year: parsed.year });
}

/** "II кв. 2017": for chart axes, where four full names do not fit a phone. */
export function quarterShortLabel(period: string, t: (key: string, values: Record<string, unknown>) => string): string {
  const parsed = parseQuarter(period);
  if (!parsed) return period;
  return t('reports.quarterShort', { numeral: QUARTER_ROMAN[parsed.quarter - 1], n: parsed.quarter, year: parsed.year });
}
