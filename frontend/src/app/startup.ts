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

/** Why the app could not start, with a reload button. */
export function showStartupError(container: HTMLElement, i18n: I18n, error: unknown): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'startup-error';
  const title = document.createElement('h1');
  const detail = document.createElement('p');
  if (error instanceof LoginUnavailableError) {
    title.textContent = i18n.t('errors.loginUnavailableTitle');
    detail.textContent = i18n.t('errors.loginUnavailableDescription', { url: error.keycloakUrl });
  } else {
    title.textContent = i18n.t('errors.startupTitle');
    detail.textContent = `${i18n.t('errors.startupDescription')} (${error instanceof Error ? error.message : String(error)})`;
  }
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = i18n.t('errors.reload');
  retry.addEventListener('click', () => window.location.reload());
  box.append(title, detail, retry);
  container.replaceChildren(box);
}
