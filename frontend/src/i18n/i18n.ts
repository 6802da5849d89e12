import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY } from '@/config/constants';
import type { Language } from './format';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, loadMessages, type MessagesByLanguage } from './messages';

// What needs neither i18next nor React lives in ./messages (the page's entry uses it before the app is loaded).
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, loadMessages, storedLanguage } from './messages';
export type { Messages, MessagesByLanguage } from './messages';

/**
 * A fresh i18next instance (one per app, one per test) with the messages given (at least the language's own).
 * Keeps <html lang> and localStorage in step.
 */
export function createI18n(language: Language, messages: MessagesByLanguage): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(messages).map(([lng, translation]) => [lng, { translation }]));
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const apply = (lng: string) => {
    document.documentElement.lang = lng;
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this page only.
    }
  };
  document.documentElement.lang = language;
  instance.on('languageChanged', apply);
  return instance;
}

/** Loads the language's messages when they are not there yet, then switches to it. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadMessages(language));
  }
  await instance.changeLanguage(language);
}

/** The UI language as one of ours (i18next may report a region variant). */
export function currentLanguage(instance: I18n): Language {
  const lng = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}
