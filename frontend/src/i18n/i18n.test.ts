import { describe, expect, it } from 'vitest';
import en from './en.json';
import { formatDate, formatDateTime, formatMonthYear, formatNumber, formatPeriod, formatShortDate } from './format';
import { createI18n, loadMessages, switchLanguage } from './i18n';
import ru from './ru.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** Plural suffixes differ by language (ru: one/few/many/other, en: one/other): compare the base keys. */
function baseKeys(resource: unknown): string[] {
  return [...new Set(keys(resource).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
}

describe('translations', () => {
  it('has the same keys in Russian and English', () => {
    expect(baseKeys(en)).toEqual(baseKeys(ru));
  });

  it('uses the Russian plural forms: 1 пункт, 2 пункта, 5 пунктов, 21 пункт, 14 пунктов', () => {
    const i18n = createI18n('ru', { ru });
    const count = (n: number) => i18n.t('items.count', { count: n, formatted: String(n) });
    expect([1, 2, 5, 21, 14, 22, 111].map(count)).toEqual([
      '1 пункт',
      '2 пункта',
      '5 пунктов',
      '21 пункт',
      '14 пунктов',
      '22 пункта',
      '111 пунктов',
    ]);
  });

  it('uses the English plural forms', () => {
    const i18n = createI18n('en', { en });
    expect(i18n.t('items.count', { count: 1, formatted: '1' })).toBe('1 item');
    expect(i18n.t('items.count', { count: 14, formatted: '14' })).toBe('14 items');
  });
});

describe('loading a language', () => {
  it('starts with the language it shows and loads the other one on the switch', async () => {
    const i18n = createI18n('ru', { ru: await loadMessages('ru') });
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18n.t('common.loading')).toBe(ru.common.loading);
    await switchLanguage(i18n, 'en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('common.loading')).toBe(en.common.loading);
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('formats', () => {
  it('formats a calendar date without the year suffix and without a time-zone shift', () => {
    expect(formatDate('2017-06-30', 'ru')).toBe('30 июня 2017');
    expect(formatDate('2017-12-31', 'ru')).toBe('31 декабря 2017');
    expect(formatDate('2017-06-30', 'en')).toBe('June 30, 2017');
    expect(formatDate(null, 'ru')).toBe('');
  });

  it('formats a month in the nominative: июнь 2017', () => {
    expect(formatMonthYear('2017-06-01', 'ru')).toBe('июнь 2017');
    expect(formatMonthYear('2017-06-01', 'en')).toBe('June 2017');
  });

  it('formats a short date for a narrow column: 1 июн. 2017', () => {
    expect(formatShortDate('2017-06-01', 'ru')).toBe('1 июн. 2017');
    expect(formatShortDate('2017-06-01', 'en')).toBe('Jun 1, 2017');
    expect(formatShortDate(undefined, 'ru')).toBe('');
  });

  it('formats numbers by locale: 1 234,5', () => {
    expect(formatNumber(1234.5, 'ru').replace(/\s/g, ' ')).toBe('1 234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('formats an instant with its time', () => {
    expect(formatDateTime('2017-09-15T11:30:00Z', 'ru')).toMatch(/^15 сентября 2017, \d\d:30$/);
  });

  it('formats a calendar year as the year, other periods as two dates', () => {
    expect(formatPeriod('2017-01-01', '2017-12-31', 'ru')).toBe('2017');
    expect(formatPeriod('2017-03-01', '2018-02-28', 'ru')).toBe('1 марта 2017 – 28 февраля 2018');
  });
});
