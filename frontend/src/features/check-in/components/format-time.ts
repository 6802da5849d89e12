import { parseDate } from '@/i18n/format';

const formats = new Map<string, Intl.DateTimeFormat>();

/** "14:05": the time of an instant, 24-hour, in the browser's time zone. */
export function formatTime(value: string | null | undefined, language: string): string {
  const date = value ? parseDate(value) : null;
  if (!date) return '';
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(language, format);
  }
  return format.format(date);
}
