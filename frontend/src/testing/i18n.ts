import { createI18n } from '@/i18n/i18n';
import type { Language } from '@/i18n/format';
import en from '@/i18n/en.json';
import ru from '@/i18n/ru.json';

/** An i18n instance with both languages at hand, as the app has them after loading (tests switch freely). */
export function createTestI18n(language: Language = 'ru') {
  return createI18n(language, { ru, en });
}
