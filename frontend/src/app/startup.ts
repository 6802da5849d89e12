import type { Messages } from '@/i18n/messages';
import { LoginUnavailableError } from '@/lib/auth/keycloak';

/*
 * What the page shows before React runs: while the settings load and during the login round trip (Keycloak's
 * redirect and the code exchange), and when starting fails. Plain DOM: React and the providers may be what failed,
 * and a visitor who is not signed in is handed to Keycloak before they are downloaded at all. The words come straight
 * from the language's messages (no i18next yet). The look comes from the <style> in index.html, so it is styled
 * before any script or stylesheet has loaded.
 */

/** A message by its dotted key, with {{name}} placeholders filled in; the key itself when it is missing. */
export function message(messages: Messages, key: string, values: Record<string, string> = {}): string {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The brief, styled "loading" state, in the user's language: a spinner and one line of text. */
export function showStartupLoading(container: HTMLElement, messages: Messages): void {
  const box = document.createElement('div');
  box.className = 'startup-loading';
  box.setAttribute('role', 'status');
  const spinner = document.createElement('span');
  spinner.className = 'startup-spinner';
  spinner.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  text.textContent = message(messages, 'common.loading');
  box.append(spinner, text);
  container.replaceChildren(box);
}

/** The words of the error screen when not even the messages could be loaded: Russian, the app's first language. */
const UNTRANSLATED: Record<string, string> = {
  'errors.startupTitle': 'Не удалось запустить приложение',
  'errors.startupDescription': 'Не удалось загрузить приложение: проверьте подключение к сети.',
  'errors.reload': 'Обновить страницу',
};

/** Why the app could not start, with a reload button; messages is null when they could not be loaded. */
export function showStartupError(container: HTMLElement, messages: Messages | null, error: unknown): void {
  const t = (key: string, values?: Record<string, string>) => (messages ? message(messages, key, values) : (UNTRANSLATED[key] ?? key));
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'startup-error';
  const title = document.createElement('h1');
  const detail = document.createElement('p');
  if (messages && error instanceof LoginUnavailableError) {
    title.textContent = t('errors.loginUnavailableTitle');
    detail.textContent = t('errors.loginUnavailableDescription', { url: error.keycloakUrl });
  } else {
    title.textContent = t('errors.startupTitle');
    detail.textContent = `${t('errors.startupDescription')} (${error instanceof Error ? error.message : String(error)})`;
  }
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = t('errors.reload');
  retry.addEventListener('click', () => window.location.reload());
  box.append(title, detail, retry);
  container.replaceChildren(box);
}
