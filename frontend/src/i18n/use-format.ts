import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';
import { formatDate, formatDateTime, formatMonthYear, formatNumber, formatPeriod, formatShortDate, type Language } from './format';

export interface Formatters {
  language: Language;
  date: (value: string | null | undefined) => string;
  shortDate: (value: string | null | undefined) => string;
  monthYear: (value: string | null | undefined) => string;
  dateTime: (value: string | null | undefined) => string;
  number: (value: number) => string;
  period: (start: string, end: string) => string;
}

/** Formatters bound to the current UI language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return useMemo(
    () => ({
      language,
      date: (value) => formatDate(value, language),
      shortDate: (value) => formatShortDate(value, language),
      monthYear: (value) => formatMonthYear(value, language),
      dateTime: (value) => formatDateTime(value, language),
      number: (value) => formatNumber(value, language),
      period: (start, end) => formatPeriod(start, end, language),
    }),
    [language],
  );
}
