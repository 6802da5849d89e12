import type { i18n as I18n } from 'i18next';
import { LoginUnavailableError } from '@/lib/auth/keycloak';

/*
 * What the page shows before React runs: while the settings load and during the login round trip (Keycloak's
 * redirect and the code exchange), and when starting fails. Plain DOM: React and the providers may be what failed.
 * The look comes from the <style> in index.html, so it is styled before any script or stylesheet has loaded.
 */

/** The brief, styled "loading" state, in the user's language: a spinner and one line of text. */
export function showStartupLoading(container: HTMLElement, i18n: I18n): void {
  const box = document.createElement('div');
  box.className = 'startup-loading';
  box.setAttribute('role', 'status');
  const spinner = document.createElement('span');
  spinner.className = 'startup-spinner';
  spinner.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  text.textContent = i18n.t('common.loading');
  box.append(spinner, text);
  container.replaceChildren(box);
}

/** The words of the error screen when not even the messages could be loaded: Russian, the app's first language. */
const UNTRANSLATED: Record<string, string> = {
  'errors.startupTitle': 'Не удалось запустить приложение',
  'errors.startupDescription': 'Не удалось загрузить приложение: проверьте подключение к сети.',
  'errors.reload': 'Обновить страницу',
};

/** Why the app could not start, with a reload button; i18n is null when its messages could not be loaded. */
export function showStartupError(container: HTMLElement, i18n: I18n | null, error: unknown): void {
  const t = (key: string, options?: Record<string, string>) => (i18n ? i18n.t(key, options) : (UNTRANSLATED[key] ?? key));
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'startup-error';
  const title = document.createElement('h1');
  const detail = document.createElement('p');
  if (i18n && error instanceof LoginUnavailableError) {
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
