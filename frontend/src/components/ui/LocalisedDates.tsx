import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/ru';
import 'dayjs/locale/en';

/**
 * Mantine's date pickers in the UI language, weeks from Monday. Around each picker rather than the whole app, so that
 * the date library comes with the screens that pick dates, not with the first load.
 */
export function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'ru', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
