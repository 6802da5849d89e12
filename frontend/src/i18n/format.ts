/**
 * Dates and numbers by locale: "30 июня 2017", "июнь 2017", "1 234,5". Dates without a time ("2017-06-30")
 * are calendar dates, never shifted by the time zone.
 */
export type Language = 'ru' | 'en';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = language + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Parses "2017-06-30" as a local calendar date; an ISO instant as that instant. */
export function parseDate(value: string): Date | null {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dateOnly) {
    return new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]));
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Formats with Intl, dropping the Russian year suffix (" г.") that follows the year. */
function formatWithoutYearSuffix(format: Intl.DateTimeFormat, date: Date): string {
  const parts = format.formatToParts(date);
  const lastYear = parts.map((part) => part.type).lastIndexOf('year');
  const kept = lastYear >= 0 && parts.slice(lastYear + 1).every((p) => p.type === 'literal') ? parts.slice(0, lastYear + 1) : parts;
  return kept.map((part) => part.value).join('');
}

/** "30 июня 2017" / "June 30, 2017". */
export function formatDate(value: string | null | undefined, language: string): string {
  const date = value ? parseDate(value) : null;
  if (!date) return '';
  return formatWithoutYearSuffix(formatter(language, { day: 'numeric', month: 'long', year: 'numeric' }), date);
}

/** "1 июн. 2017" / "Jun 1, 2017": a date in a narrow column. */
export function formatShortDate(value: string | null | undefined, language: string): string {
  const date = value ? parseDate(value) : null;
  if (!date) return '';
  return formatWithoutYearSuffix(formatter(language, { day: 'numeric', month: 'short', year: 'numeric' }), date);
}

/** "июнь 2017" / "June 2017" (the month in the nominative case). */
export function formatMonthYear(value: string | null | undefined, language: string): string {
  const date = value ? parseDate(value) : null;
  if (!date) return '';
  const month = formatter(language, { month: 'long' }).format(date);
  return `${month} ${date.getFullYear()}`;
}

/** "30 июня 2017, 14:05" / "June 30, 2017, 14:05". */
export function formatDateTime(value: string | null | undefined, language: string): string {
  const date = value ? parseDate(value) : null;
  if (!date) return '';
  const day = formatWithoutYearSuffix(formatter(language, { day: 'numeric', month: 'long', year: 'numeric' }), date);
  const time = formatter(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return `${day}, ${time}`;
}

/** "1 234,5" / "1,234.5". */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** A period: "2017" for a calendar year, otherwise "1 марта 2017 – 28 февраля 2018". */
export function formatPeriod(start: string, end: string, language: string): string {
  const from = parseDate(start);
  const to = parseDate(end);
  if (!from || !to) return '';
  const wholeYear =
    from.getFullYear() === to.getFullYear() && from.getMonth() === 0 && from.getDate() === 1 && to.getMonth() === 11 && to.getDate() === 31;
  if (wholeYear) return String(from.getFullYear());
  return `${formatDate(start, language)} – ${formatDate(end, language)}`;
}
