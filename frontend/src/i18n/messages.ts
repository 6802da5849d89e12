import { LANGUAGE_STORAGE_KEY } from '@/config/constants';
import type { Language } from './format';

/*
 * The languages and their messages, without i18next or React: the page's entry (main.tsx) needs them before the app
 * itself is downloaded, to say "loading" and to explain a failed start.
 */

export const LANGUAGES: readonly Language[] = ['ru', 'en'];
export const DEFAULT_LANGUAGE: Language = 'ru';

/** One language's messages (ru.json, en.json). */
export type Messages = Record<string, unknown>;
export type MessagesByLanguage = Partial<Record<Language, Messages>>;

/**
 * The messages of one language. Each language is its own chunk, so a page downloads only the language it shows
 * (the other one when the user switches: switchLanguage in ./i18n).
 */
export async function loadMessages(language: Language): Promise<Messages> {
  const module = language === 'en' ? await import('./en.json') : await import('./ru.json');
  return module.default as Messages;
}

export function isLanguage(value: unknown): value is Language {
  return value === 'ru' || value === 'en';
}

/** The language saved by the language switch, or Russian. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}
